// The ordered registry of rules that recognise site chrome and page metadata among a text's lines.
// Each rule looks at one line in its context and says whether it leaves the body, and where its
// content goes. Rules recognise forms (navigation vocabulary, label lines, widgets), never a site.
import { ANSWERED_ON, ASKED_ON, CHAMBER_AND_DAY, PARTIES, RECORD_CITATION, RECORD_ISSUE_TITLE, SITTING_LINE, TITLED_SURNAME_ALONE, VOLUME_DEBATED } from "./member-labels.ts";
import { RELEASE_NUMBER } from "./press-release.ts";
import { PAGE_KIND } from "./page-kind.ts";
import { bylineNames, parseByline, POST_WORD } from "./bylines.ts";
import { chineseLabelsRead, INFORMATION_SOURCE_LABEL, NEWS_DESK, readDateLine, withoutDates } from "./date-lines.ts";
import { MONTH_NAMES, MONTH_PATTERN, parseDate, type DatePrecision } from "./dates.ts";
import { CONTENTS_HEADING, isContentsEntry, isEquivalenceRow, isNoteCitingPage, isPagedEntry, isRunningHead, isRunTogetherContents } from "./apparatus-lines.ts";
import { continuesRunMenu, MEMBER_BADGES, isBareCount, isPhotoCaption, isBreadcrumb, isIconTitleBar, isImageFileName, isPictureName, isLinkTicker, isMostlyCjk, isPlayerChrome, isRenderChrome, isSiteControl, isSpacedMenu, isSpam, isThreadControl, searchResult, LEGAL_LINK_WORDS, SECTION_NAME, SUBREDDIT_LINE } from "./page-chrome.ts";
import { HONORIFIC_WORD, isNotNameWord, nameCased, personNameForm, titleCased } from "../text/name-forms.ts";
import { findDates } from "./find-dates.ts";
import { wordCount } from "./whitespace.ts";
import { aggregatorCommenter, BY_HANDLE_ON, POSTER_STAMP } from "./segment.ts";
import { candidatesFor } from "../gazetteer/gazetteer.ts";
import { listedLevel } from "../gazetteer/divisions.ts";
import { WIRE_SERVICE_FULL_NAME, WIRE_SERVICE_NAME } from "./self-named-outlet.ts";

export { parseByline } from "./bylines.ts";

export type RuleId =
  | "leading-section-label"
  | "site-navigation"
  | "member-profile"
  | "edit-marker"
  | "comment-widget"
  | "engagement-counts"
  | "cookie-notice"
  | "advertising"
  | "link-list"
  | "copyright"
  | "page-separator"
  | "page-header-footer"
  | "footnote"
  | "breadcrumb"
  | "render-chrome"
  | "forum-header"
  | "media-player"
  | "image-file"
  | "above-title"
  | "foreign-script"
  | "search-result"
  | "pagination"
  | "repeated-title"
  | "labelled-metadata"
  | "byline"
  | "outlet-line"
  | "dateline";

export type MetadataField = "title" | "outlet" | "author" | "published" | "updated" | "section" | "print_headline" | "member_join_date";

export interface LineContext {
  /** The line, whitespace-normalized, never empty. */
  line: string;
  /** Non-empty lines before and after it (whitespace-normalized), nearest first. */
  previous: string | undefined;
  next: string | undefined;
  title: string | undefined;
  /** True between the title and the first line that reads as body prose. */
  inHeader: boolean;
  /** True when the previous non-empty line was removed as a dateline or byline. */
  afterTitleOrDateline: boolean;
  /** The line as written, before spaces were collapsed (a PDF page header keeps its wide gaps). */
  raw: string;
  /** The rule that removed the previous non-empty line, or null when it was body text. */
  previousRule: RuleId | null;
  /** True when the page is written in Latin script, so a line mostly in Chinese script is not its text. */
  latinPage?: boolean;
  /** How many non-empty lines stand above this one on the page. */
  lineIndex?: number;
  /** The non-empty line before the previous one. */
  twoBack?: string | undefined;
  /** The non-empty line after the next one. */
  twoAhead?: string | undefined;
}

export interface RuleHit {
  rule: RuleId;
  fields: Partial<Record<MetadataField, string>>;
  /** The metadata field the line mainly became, or null for chrome that is dropped. */
  became: MetadataField | null;
}

// ("Published: 2020-09-14 08:45 | Updated: ... | Source: Liangshan Daily | Author: Jiang Rui": a date line its label opens,
// its parts set between bars as a list of links is.)
// ("Photographer: Roman Pilipey", "Photography by Daniel Hartwell", "Text and photos by ...": who took a page's pictures.)
export const PICTURES_CREDIT = /^(?:Photographer|Photo(?:graph)?s? by|Photography by|Text and photos? by)\s*:?\s*(.+)$/i;
const DATE_LABEL_OPENING = /^(?:Published|Posted|Released|Release time|Updated|Time|Date)\s*:/i;
// "Can't find what you're looking for?" / "View all search results": a site's search box, its lines run together.
// ("Search this topic…": a board's box to search the thread.)
const SEARCH_WIDGET = /^(?:(?:View all search results|Can['’]t find what you['’]re looking for\?|Search this (?:topic|forum|thread|board|site|blog)(?:…|\.\.\.)?)\s*)+$/i;
const ALSO_READ = /^(?:Also Read|Read Also|READ ALSO|ALSO READ|Also read|Read also|Read more|READ MORE|See also|Related|RELATED|Recommended|You may also like)\s*[:|]\s*\S/;
// ("Join our Mailing List", "Subscribe to our newsletter", "Sign up for our free newsletter", "Get the 7 most important
// stories in your inbox every Friday.".)
const CALL_TO_ACTION = /^(?:learn more|find out more|sign up(?: now)?|subscribe now|start your free trial|try it free|download the app|(?:join|subscribe to|sign up (?:for|to)) our (?:free |daily |weekly )?(?:mailing list|newsletters?|email list)[.!]?|get [^.!?]{3,60} (?:in|to|delivered to) your inbox(?: [^.!?]{1,30})?[.!]?)$/i;
const PROMO_TAGLINE = /^Get (?:more|the most) (?:with|from|out of) \S+$/;

/** Whether a line holds two dates or more and nothing else but brackets and stops between them. */
function onlyDates(line: string): boolean {
  const dates = findDates(line);
  return dates.length >= 2 && !/\p{L}/u.test(withoutDates(line, dates, ""));
}

// ("Our fall member drive ends Friday. A gift of any size keeps local journalism on the air.", "Donate": a station's appeal for money.)
const DONATION_APPEAL = /^(?:donate(?: now| today)?|(?=.{0,200}$).{0,120}\b(?:member(?:ship)? drive|pledge drive|gift of any size|donate (?:now|today)|make a (?:gift|donation)|become a (?:sustaining )?member)\b.{0,120})$/i;
// How many words a promotion's line over its call to action has at most.
const PROMO_WORDS = 12;
const NAV_LINE = /^(?:view original on (?:twitter|x|weibo)|what's new|what’s new|top|bottom|top bottom|home|menu|search|log in|login|sign in|sign up|register|share|share this|reply|quote|report|like|next|previous|prev|back to top|skip to (?:main )?content|forums?|members|new posts|latest posts|recent posts|trending|hot|hot list|discover|open main menu|article talk|continue reading|just in|breaking|breaking news|advertisement|sponsored|sponsored by|post sponsored by|sponsored content|related articles|related posts|categories|archives|tags|recent comments|blogroll|read more|more stories|print|email|facebook|twitter|weibo|wechat|image|images|(?:hero|featured|lead|main|header|cover|top) image|logo|photo|photos|file photo|video|icon|thumbnail|gallery|view (?:full )?profile|fbpx|meta_pixel|noscript)$/i;
// ("Thanks for logging in.", "You can now click/tap LISTEN to start the live stream.", "Create a 3AW account today!": a
// site's prompts to its members and listeners, which a page may repeat in every panel.)
// ("To access this content: Buy article   Institutional login": a journal's paywall over the paper.)
const ACCOUNT_PROMPT = /^(?:thanks for (?:logging|signing) in|you can now (?:click|tap|click\/tap|log in|sign in)\b.{0,100}|create an? (?:\S+ ){0,3}account(?: today)?|joining is free(?: and easy)?|you will soon need to (?:register|log in|sign in)\b.{0,120}|register an account\b.{0,120}|on air now|listen live|watch live|to (?:access|read|view) (?:this|the full) (?:content|article|text|paper)\b:?(?: (?:buy|purchase|rent|get|subscribe|login|log in|sign in|institutional|access|article|pdf|now|options?|via|your|institution)\b){0,8})[.!]?$/i;
// ("NUS Libraries | You are accessing this site through the library proxy. Log out | Help": a library's banner
// over a page read through its proxy; the library publishes nothing.)
const PROXY_BANNER = /\b(?:accessing|viewing|browsing|reading) (?:this (?:site|page|content|resource)|[\w.-]{2,60}) (?:through|via) (?:the |your |a )?(?:library|institution(?:al)?|university|campus)(?:['’]s)? (?:proxy|access|subscription)\b/i;
// ("Warning: Declaration of ... should be compatible with ... in /home/site/.../MenuWalker.php on line 112": a site's
// software printing its error over the page.)
const SOFTWARE_WARNING = /^(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards): .{1,400} in \/\S{1,300} on line \d{1,6}$/;
// ("• English" / "• العربية" / "• Pусский": a menu of the languages the page is offered in.)
// ("Simp. Chinese  Trad. Chinese", "English | 简体 | 繁體": the switches between them, set on one line.)
const LANGUAGE_NAME = String.raw`(?:English|Español|Espanol|Français|Francais|Deutsch|Русский|Pусский|Russian|العربية|Arabic|中文|简体中文|繁體中文|简体|繁體|繁体|日本語|Português|Italiano|한국어|Türkçe|Uyghurche|ئۇيغۇرچە|(?:Simp(?:\.|lified)|Trad(?:\.|itional)) Chinese)`;
const LANGUAGE_ITEM = new RegExp(String.raw`^(?:[•·*-] )?${LANGUAGE_NAME}$|^${LANGUAGE_NAME}(?: ?[|/·] ?| )${LANGUAGE_NAME}(?:(?: ?[|/·] ?| )${LANGUAGE_NAME}){0,6}$`, "u");
// ("Follow Jane Roe" over "View Profile": a writer's profile box, a button named for the writer.)
const FOLLOW_PERSON = /^Follow ((?:\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){1,3})$/u;
const NAV_TAIL = /\b(?:latest|recent|new|related|popular|top) (?:posts|threads|articles|stories|news)$/i;
// ("Most Viewed in 24 Hours", "Most Read This Week": a sidebar's list of the site's most read pages.)
const MOST_READ = /^most (?:viewed|read|popular|shared|commented|emailed)(?: (?:in|over|this|today|of)\b.{0,30})?$/i;
// ("Herders on the move: Qinghai's new towns · 38 min": another episode in a show's list, with how long it runs; not
// "Published 9 August 2023 | Season 4, Episode 58 | 46 min", the episode's own day under its title.)
const EPISODE_ENTRY = /^\S.{2,160} [·•|] \d{1,3} ?(?:min|mins|minutes)$/u;
// ("+86 28 8555 0193": a telephone number alone on its line, a press contact's.)
const PHONE_ALONE = /^\+\d{1,3}(?:[ .-]\(?\d{1,5}\)?){2,5}$/;
// ("Total Members: 111", "Most Online Ever: 67", "Karma: +0/-0", "Age: 25": a board's tallies and a member's box.)
// (Those labels that an infobox uses too, "• Total", "Age", are a board's only with their colon.)
const PROFILE_LABEL = /^(?:[•·*] )?(?:(?:reaction score|joined|messages|points|trophy points|likes received|posts|location|member since|threads|country|flag)\b ?:?|(?:age|gender|karma|topics|total (?:members|posts|topics)|members|guests|total|most online (?:today|ever)|new (?:this month|this week|today)) ?:)\s*[\d,.+\/-]*$/i;
const BRACKETED_CREDIT_LINE = /^\(\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+|[\p{Lu}][\p{L}.&'’ -]{1,40}?)\s*\)$/u;
// "Infobox", "Infobox settlement": a wiki's box named by its template in a dump of the page, no masthead.
const WIKI_BOX_LABEL = /^(?:Infobox|Taxobox|Navbox)(?: [\p{L} ]{1,40})?$/u;
const PROFILE_WORDS = /^(?:Gender|Location|Occupation|Interests|Country|Website)\s?:\s*.{1,40}$/i;
// "Latest: blackcover", "Latest Member: someone": the newest member a board's tallies name.
const LATEST_MEMBER = /^latest(?: member)?:\s*\S{1,40}$/i;
// "Author Topic: Cotton picking season opens (Read 29 times)": a board's topic header, the thread's title.
const TOPIC_HEADER = /^Author\s+Topic:\s+(.{4,200}?)\s+\(Read [\d,]+ times?\)$/;
// "Posted: Tue Aug 16, 2011 3:17 am    Post subject: Families move    Reply with quote": a bulletin board's
// post header, the post's day and the thread's title ("PostPosted:" with its icon's word glued before; the
// board in Dutch or German sets "BerichtGeplaatst: ... Onderwerp:", "Verfasst: ... Titel:").
const POST_HEADER = /^(?:Post|Bericht|Beitrag)?(?:Posted|Geplaatst|Verfasst):\s*(\S.{4,40}?)\s+(?:Post subject|Subject|Onderwerp|Betreff|Titel):\s*(?:Re:\s*)?(\S.{1,200}?)(?:\s+(?:Reply with quote|Quote|Reageren met citaat|Mit Zitat antworten))?$/i;
// "Author Message" over the poster's name: the board's column heads; "Previous topic :: Next topic", its links.
const POST_COLUMNS = /^(?:Author Message|Auteur Bericht|Autor Nachricht)$/i;
const TOPIC_LINKS = /^(?:View )?previous topic :: (?:View )?next topic$|^Vorige onderwerp :: Volgende onderwerp$/i;
// A board member's name under the column heads: one to three words, no sentence.
const MEMBER_NAME = /^[\p{L}\p{N}_.-]{2,30}(?: [\p{L}\p{N}_.-]{1,30}){0,2}$/u;
// How far down a page a subreddit line still heads it.
const FORUM_HEADER_LINES = 8;
const MEMBER_BOX_ITEM = /^[•·] ?(?:\*{1,6}|Email|E-mail|Personal Message|PM|View Profile|WWW|Website)$/;
const POST_STAMP = /^«? ?(?:Reply #\d{1,5} )?on: (.{6,60}?) ?»?$/;
const MEMBER_RANK = /^(?:[•·*] )?(?:Veteran|Newbie|Member|MEMBER|Site Admin|Global Moderator|Super Moderator|User avatar|Avatar|(?:ELITE|SENIOR|FULL|JUNIOR|NEW|ACTIVE|VERIFIED|BANNED|REGISTERED|WELL-KNOWN|Elite|Senior|Full|Junior|New|Active|Verified|Banned|Registered|Well-[Kk]nown|Established|Regular|Jr\.|Sr\.|Hero) (?:MEMBER|Member|USER|User)|[\p{Lu}][\p{L} ]{2,30} \(\d+(?:\.\d)?[kK]?\+? posts\))$/u;
const JOINED_ON_LINE = /^(?:joined|member since|registered|join date)\s*:?\s+(.{4,40})$/i;
// The items of a member's box set on one line: "Member · Posts: 212 · Joined: Sep 2016", "Posts: 88 | Location: Hotan".
const BOX_ITEMS = / [·•|] /;
// ("Member since 2014 · 1,206 posts": the count before its word.)
const BOX_COUNT = /^(?:(?:posts|messages|threads|topics|points|likes|reputation|karma|reaction score)\s*:\s*[\d,.]+[kK]?|[\d,.]+[kK]? (?:posts|messages|threads|topics))$/i;

/** A member's box on one line, two items or more, each a rank, a count, a profile field or the join date; with that date when it gives one. */
function memberBoxLine(line: string): { joined?: string } | null {
  if (line.length > 160) return null;
  const items = line.split(BOX_ITEMS);
  if (items.length < 2) return null;
  let joined: string | undefined;
  let counted = false;
  for (const item of items) {
    const on = JOINED_ON_LINE.exec(item);
    if (on && parseDate(on[1]!)) joined = on[1]!;
    // ("Member since 2014": a year alone, no day to give as the join date.)
    else if (BOX_COUNT.test(item) || (on && /^(?:19|20)\d{2}$/.test(on[1]!))) counted = true;
    else if (!MEMBER_RANK.test(item) && !PROFILE_WORDS.test(item)) return null;
  }
  return joined !== undefined || counted ? (joined !== undefined ? { joined } : {}) : null;
}
// "482 Retweets 61 Quote Tweets 1.2K Likes", "♥ 37 · Reply", "12 comments 3 shares": counts under a post.
const PAYOUT_AND_VOTES = /^\$\d[\d,]*\.\d{2}\s+▲?\s*\d[\d,]*\s+votes?(?:\s+Reply)?$/;
// How many words a profile's bio runs to at most, under a thread writer's picture.
const PROFILE_BIO_WORDS = 30;
// ("$0.08" over "14 votes" or "Reply": a post's payout on a line of its own, over its votes or its reply button.)
const PAYOUT_ALONE = /^\$\d[\d,]*\.\d{2}$/;
const VOTES_OR_REPLY = /^(?:\d[\d,]*\s+votes?|Reply)$/;
// ("Follow · 312 Answers · 48 Comments": a question-and-answer site's counts under the question.)
// ("31 boosts · 54 favourites": a fediverse post's.)
// ("2.4K 386 Share this Tweet": an embedded post's likes and reposts, unlabelled, over its share button.)
const EMBED_COUNTS = /^(?:[\d.,]{1,7}[KkMm]? ){1,3}Share this (?:Tweet|post)$/i;
const ENGAGEMENT_LINE = /^(?:[♥♡❤↻🔁💬·|•]\s*)*(?:(?:[\d.,]+[KkMm]?\s+(?:retweets?|quote tweets?|likes?|replies|reply|comments?|shares?|reposts?|views?|reactions?|answers?|followers?|boosts?|favou?rites?|reblogs?|bookmarks?|accesses|citations?)|(?:reply|like|share|retweet|report|quote|follow))(?:\s*[·|•]\s*|\s+|$))+$/i;
// ("More info OK", "Accept all Reject all": the banner's buttons, on the line under it.)
const COOKIE_BUTTONS = /^(?:(?:more info|ok|okay|accept(?: all)?|got it|i agree|agree|reject(?: all)?|settings|learn more|close)(?: |$)){1,4}$/i;
// ("we and our 238 partners use cookies ... to personalise ads and content. Select 'Accept all' ...": a long banner.)
// ("We use cookies to improve our service for you. You can find more information in our data protection declaration.":
// one that asks nothing, opening the page.)
// ("Ce site utilise des cookies ...", "Este sitio utiliza cookies ...", "Diese Website verwendet Cookies ...": the same notice
// on a site in French, Spanish or German carrying an English story.)
const COOKIE_NOTICE = /\bcookies?\b.{0,200}\b(?:accept|agree|consent|continuing|continue)\b|\b(?:accept|agree)\b.{0,60}\bcookies?\b|^(?:we use|this (?:site|website) uses) cookies\b|^(?:ce site|notre site|este sitio|esta web|diese (?:website|webseite|seite)|questo sito) (?:utilise|utiliza|verwendet|nutzt|utilizza) (?:des |de |los |)cookies\b/i;
const CLICKBAIT = /\bclick (?:here|to (?:enter|win|claim|see))\b|\bwin an? (?:free|luxury|new)\b|\bspin the wheel\b|\bdoctors hate\b|\bone weird (?:trick|tip)\b|\byou won't believe\b|\b(?:earn|make) \$\d[\d,]* (?:a|per) (?:day|week|hour)\b|\bfrom home\b.{0,30}!|\blose \d+ ?(?:kg|pounds|lbs)\b|\b\d{1,2} simple tricks?\b|\bsingle (?:ladies|women|men) in your (?:city|area)\b|\bbelly fat\b|\bfrom your (?:sofa|couch)\b|\b(?:banks|doctors) (?:don['’]t|do not) want you to know\b|\bwin an? (?:iphone|ipad|car)\b/i;
// "Top 10 Foods That Burn Belly Fat Overnight": a title-case listicle link, not a sentence.
// (Not a blog's numbered comment header, "1 By Tessa Morland".)
const LISTICLE = /^(?:Top )?\d{1,2} (?!By )[A-Z][\p{L}'’]*(?: [A-Z][\p{L}'’]*){2,}[!?]?$/u;
const LIST_ITEM = /^[-–•*·] \S/;
// "Hot Network Questions", "Related questions": the heading over a question site's links to other questions.
const QUESTION_LIST_HEAD = /^(?:hot network questions|related questions|linked questions|similar questions|people also ask)$/i;
const QUESTION_LINK_WORDS = 25;
const LINK_LIST_HEAD = /^(?:related(?: articles| posts| stories| news| links| coverage)?|you may also like|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|more (?:stories|news)|read (?:more|also|next)|see also|top stories|latest news|must read|don['’]t miss|editor['’]?s['’]? picks?|subjects of interest|areas of (?:expertise|interest)|research interests|topics of interest|hot network questions|related questions|linked questions|similar questions)$/i;
// "36.8 C" / "New Delhi" / "Friday, April 19, 2024": a news theme's weather box, the temperature, the city and
// the reader's own day, which is no publication date.
const TEMPERATURE = /^-?\d{1,2}(?:\.\d)? ?°?[CF]$/;
const WIDGET_CITY = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u;
// ("Copyright: © 2022 Ma et al.": the writers, by the first one's name, keep the copyright of an open-access paper.)
const SURNAMES_HOLD = /© ?\d{4} \p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+){0,8},? and \p{Lu}\p{Ll}+\./u;
const THE_AUTHORS = /^the authors?(?:\(s\))?$|\bet al\.?$/i;
// ("(c) Martin Lindqvist, March 2023.": a report's front matter, the holder named before the year.)
const COPYRIGHT = /^(?:copyright\b|©|\(c\) \d{4})/i;
const LEGAL_LINKS_AFTER = new RegExp(`\\s+(?:${LEGAL_LINK_WORDS})\\b.*$`, "i");
const HOLDER_FIRST = /^\([Cc]\) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,5},? (?:\p{Lu}\p{Ll}{2,8} )?\d{4}\.?$/u;
// ("Published by the Alpine Foundation for Development Cooperation, Bern.": a report's publisher, on its own line in the front matter.)
const PUBLISHER_LINE = /^Published by (?:the )?(\p{Lu}[\p{L}&'’.-]*(?: (?:\p{Lu}[\p{L}&'’.-]*|of|for|and|the|on|in)){1,10})(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?\.?$/u;
const FRONT_MATTER_REACH = 20;
const PUBLISHER_OVER_DAY_WORDS = 5;
const ANSWERER_NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;
const CREDENTIAL_AND_DAY = /^[^·•|]{3,120} [·•] (?:(?:Updated|Answered|Posted) )?([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)$/u;
const NAME_WITH_BIO = /^(?:[•·*] )?(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}) \(bio\)$/u;
// A label glued to the value before it: a letter or digit, then the label's capital, its words and a colon.
const GLUED_LABEL = /(?<=^|[\p{L}\p{N}])(Posted on|Degree|Type|Country|Candidate|Author|Full Text|GTID|Subject|Date|Abstract\/Summary|Keywords\/Search Tags|Institution|Supervisor):/gu;
const GLUED_LABEL_RUN = /^(?:Posted on|Country|Degree):\S.{0,160}?[\p{L}\p{N}](?:Degree|Type|Candidate|Full Text|GTID|Subject):/u;
const FROM_BODY = /^From (?:the )?(\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|for|and|the|on)){1,12})$/u;
const COMPANY_FORM_AT_END = /(?:,? (?:Co|Ltd|Inc|Corp|Pte|plc|S\.A|A\.G)\.)+$/;
const PROVIDED_BY_LABEL = /^News provided by:?$/i;
const RELEASE_SOURCE = /^SOURCE:? (\p{Lu}[\p{L}\d&'’.,-]*(?: [\p{L}\d&'’.,-]+){0,9})$/u;
const REPORTED_FROM = / in \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?:(?:,| and) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?){0,2}$/u;
const SPACED_TAGS = /^(?:[^,.!?]{2,60} , ){4,}[^,.!?]{1,60}(?: ,)?$/u;
// "( Xinhua)" under the date, "(Courtesy: PTI)" at the end, "Courtesy of Valley Times": the agency or
// paper a page's story came from, on a line of its own. ("(Xinhua/Li Xin)" credits a photo; "(Continued)" is no name.)
const CREDIT_LINE = /^\(\s*(?:(?:Courtesy|Source|Credit)\s*(?:of|:)\s*)?([\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,3})\s*\)$|^Courtesy\s*(?:of|:)\s*([\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,3})$/u;
const AFFILIATIONS = /^(?:\d{1,2}|\*|[a-z]) \p{Lu}/u;
// (A postal code, a mail address or a telephone line: what sets an affiliation apart from a list's first item.)
const AFFILIATION_DETAIL = /\bCorrespondence\b|\bTel\.?\s*:|\bE-?mail\b|@|\b[\p{Lu}][\p{L}'’-]+ \d{5,6}\b/u;
const JOURNAL_WORD = /\b(?:Journal|Review|Quarterly|Annals|Proceedings|Transactions|Bulletin|Letters|Sciences|Studies)\b/;
// ("Senior Fellow in Rural Studies", "Academy of Social Sciences": a writer's post or a body, never a journal's name.)
const POST_OR_INSTITUTION = /\b(?:Fellow|Professor|Lecturer|Researcher|Director|Dean|Chair|Student|Candidate|Department|School|Institute|University|College|Faculty|Center|Centre|Academy)\b/;

/** "Faculty of Economics, Valley University, Kunming 650000, China": a department, its institution and where it is. */
function isAffiliationLine(written: string): boolean {
  // ("• 1School of Economics and Management, Tibet University, ...": a bullet and the mark that points to it may lead.)
  const line = written.replace(/^(?:[•·] )?(?:\d{1,2}|[a-z])?(?=\p{Lu})/u, "");
  // ("Plateau Development Research Group, Southwest Minzu University, Chengdu": a group's name before its head word too.)
  return ((/^(?:Faculty|School|Department|College|Institute|Centre|Center|Key Laboratory|Laboratory|Division)\b/.test(line) || /^(?:\p{Lu}[\p{L}'’-]* ){1,4}(?:Group|Team|Programme|Program|Unit),/u.test(line)) && /,/.test(line) && /\b(?:University|Institute|Academy|College|Sciences)\b/.test(line) && wordCount(line) <= 30) || INSTITUTION_ALONE.test(line);
}

// ("Northwest Minzu University", "University of Leeds": a school's name alone, under an author's as their affiliation.)
// ("Chengdu Institute for Rural Development Studies", "University of Warsaw - Faculty of Oriental Studies": a body for what it
// studies, and a school's faculty after a dash.)
const INSTITUTION_ALONE = /^(?:\p{Lu}[\p{L}'’-]* (?:(?:\p{Lu}[\p{L}'’-]*|of|and|for|the) ){0,5})?(?:University|Institute|Academy|College)(?: (?:of|for)(?: (?:\p{Lu}[\p{L}'’-]*|and|the)){1,6})?(?: [-–—] (?:Faculty|School|Department|College|Institute|Centre|Center) (?:of|for)(?: (?:\p{Lu}[\p{L}'’-]*|and|the)){1,6})?$/u;

// ("Institution" over the affiliations on a library's record.)
const AFFILIATION_LABEL_ALONE = /^(?:(?:Author )?Affiliations?|Institutions?)\s*:?$/i;

// "Affiliation: ...", "Affiliations": the label of what stands under an author's name.
export const AFFILIATION_LABEL = /^Affiliations?\b/i;
/** "Affiliation: ..." or an unlabelled affiliation: what stands under an author's name. */
function opensAffiliation(line: string): boolean {
  return AFFILIATION_LABEL.test(line) || isAffiliationLine(line);
}

// ("Journal of Integrative Agriculture 2021, Vol. 20 Issue (4): 891-904 DOI: 10.1016/...": the issue's year, pages and DOI too.)
// ("Arid Land Geography ›› 2020, Vol. 43 ›› Issue (5): 1401-1408.doi: ...": a site's arrows between the parts.)
// ("Agriculture 2022, 12(9), 1417; https://doi.org/10.3390/...": year, volume(issue), article number and the DOI's address.)
// ("Social Indicators Research (2020) 150:219–242": the year in brackets, then volume and pages.)
// ("Journal of Dryland Development, Volume 12, Issue 4": volume and issue, no year.)
const JOURNAL_ISSUE = /,?\s+(?:›› )?(?:\d{4}\s*年\s*\d{1,2}\s*期|\/\s*\d{1,5}[-–]\d{1,5},\s+Vol\.\s*\d{1,4},\s+No\.\s*\d{1,4},\s+(\d{4})|(\d{4}),?\s+Vol\.?\s*\d{1,4}(?:,?\s+(?:›› )?(?:No|Issue)\.?\s*\(?\d{1,4}\)?)?(?::\s*\d{1,5}(?:[-–]\d{1,5})?)?(?:\.?\s*DOI:?\s*\S{4,80})?|(\d{4}),\s+\d{1,4}\(\d{1,4}\),\s+\d{1,6}(?:[;,]\s*(?:https?:\/\/)?(?:dx\.)?doi\.org\/\S{4,80})?|\((\d{4})\)\s+\d{1,4}(?:\(\d{1,4}\))?:\s*\d{1,6}(?:[-–]\d{1,6})?|Vol(?:ume|\.)?\s*\d{1,4},?\s+(?:Issue|No\.?)\s*\d{1,4})$/iu;
/** "Journal of Upland Development Studies", "The China Quarterly": a journal's name, every word capitalised but the small ones. */
/** `cited`: the name stands before its volume and issue, which say it is a journal whatever its words. */
const VOLUME_YEAR_ISSUE = /^Volume \d{1,4}, (\d{4}) [-–] Issue \d{1,4}$/;

function isJournalName(line: string, cited = false): boolean {
  const words = line.split(" ");
  // ("Reader's Letters": a magazine's section, whose possessive no journal's name has.)
  // ("ICR Review Date Posted:": nor a form's label, ending on its colon.)
  return (cited || (JOURNAL_WORD.test(line) && !/['’]s?\b/.test(line))) && !line.endsWith(":") && !POST_OR_INSTITUTION.test(line) && !isSiteControl(line) && words.length >= (cited ? 1 : 2) && words.length <= 12 && words.every((w) => /^[\p{Lu}&]/u.test(w) || /^(?:of|the|and|for|in|on|de|&)$/.test(w));
}

const MARK_AFTER_COMMA = /(\p{L}),\d{1,2}(?:,\d{1,2})*\*?(?= \p{Lu}| and\b)/gu;

/** "Mei Chen 1,* , Tomas Berg 2 and Ana Ruiz 2" as "Mei Chen, Tomas Berg and Ana Ruiz". */
function withoutAffiliationMarks(line: string): string {
  // ("Ma Yuting 1,✉": the envelope marks the corresponding author, as an asterisk does.)
  // ("Qubi Ashi,1 Deng Yuhan,1 ... and Tan Zhiqiang1*": or set after the comma that parts the names.)
  return line.replace(MARK_AFTER_COMMA, "$1,").replace(/(\p{L})\s?\d{1,2}(?:\s?,\s?\d{1,2})*(?:\s?,?\s?[*†‡✉])?(?=\s*(?:,|and\b|&|$))/gu, "$1").replace(/\s+,/g, ",");
}

// ("Document #1179056", "Record ID: 88231": an archive's number for its copy.)
// ("DOI: 10.5814/j.issn.1674-764x.2021.05.011 Cite this Article": with the button that cites it.)
const PUBLICATION_ID = /^(?:(?:(?:Print |Online |p|e-?)?ISSN|ISBN(?:-1[03])?|DOI|PMID|arXiv)\s*:?\s*\S{4,60}(?:\s*\((?:print|online|electronic)\))?(?: Cite this (?:Article|Paper))?|(?:Document|Record|Item|Entry)(?: ID| No\.?)?\s*(?:#|:)\s*\d{1,12})$/i;
// ("• Total" over "4,858,359": an infobox's row, its label a bullet's, its value on the next line.)
const INFOBOX_ROW_LABEL = /^[•·]\s?\p{Lu}[\p{Ll} ]{1,30}$/u;
// ("• View" over "4", "• Download" over "0": a document-sharing site's counters, each over its count.)
const BULLETED_COUNTER = /^[•·]\s?(?:Views?|Downloads?|Uploads?|Likes?|Shares?|Comments?|Reads?|Visits?)$/;
// ("Coordinates (seat): 27°53′N ...": an infobox's row of positions.)
const COORDINATES_ROW = /^Coordinates\b[^:\d]{0,60}:?\s*-?\d{1,3}(?:\.\d+)?\s?°/;
// (Not the particles names carry: "van", "bin", "de".)
const LOWER_CASE_WORD = /(?:^|\s)(?!(?:van|von|der|den|bin|binti|al|de|la|le|du|dos|da|and|of|the|for|from|with|via)\s)\p{Ll}{3,}(?:\s|$)/u;
// ("- 47,580", "- -12" in a member's box over a thread: their messages and reaction score, one to an item.)
const BULLETED_COUNT = /^[-•·*]\s+[-+]?\d[\d.,]{0,8}\s?[kKmM]?$/;
// ("(Text by Xinhua; Photos from Yunnan Daily)": who wrote the text, and perhaps who took the pictures.)
const TEXT_CREDIT = /^\(\s*Text (?:by|from):?\s*([\p{Lu}][\p{L}.&'’ -]{1,40}?)\s*(?:[;,]\s*(?:Photos?|Pictures?|Images?|Video)\b[^()]{0,80})?\)$/u;
// ("Received: 6 August 2025 | Revised: ... | Accepted: ... | Published Online: 9 February 2026": a paper's history, not a trail of links.)
const PAPER_HISTORY_LINE = /\bReceived\b.{0,200}\bPublished\b/i;
// ("... Published by Nan Yang Academy of Sciences Pte. Ltd.": a paper's publisher at the end of its copyright line.)
const PUBLISHED_BY = /\bPublished by ((?:[\p{Lu}][\p{L}&'’-]*\.?)(?: (?:[\p{Lu}][\p{L}&'’-]*\.?|of|for|and|the)){0,8})\.?$/u;
// ("Seat Type:County seat": a template's key and value with no space after the colon, never a web address.)
// (Its key ends in a letter: "Published 9:41 am on 18 June 2021" is a date line, its colon the clock's.)
// ("Office2:Deputy to the 13th ...", "Term Start2:2018": a template's second row of a kind, numbered.)
const KEY_VALUE_ROW = /^\p{Lu}[\p{L}\d ]{0,39}\p{L}\d?:(?!\/\/)\S[^\n]{0,200}$/u;
/** "Tongwei County", "Akto County": a place named with the word for its level, never a publisher. */
export const PLACE_WITH_LEVEL = / (?:County|Prefecture|Province|Region|City|Village|Township|District)$/;
// ("- The Strategist - https://www.aspistrategist.org.au -": a printed page's header, the site's name and address.)
const PRINTED_SITE = /^-\s+(\S.{0,60}?)\s+-\s+https?:\/\/\S{4,120}\s+-$/;
// ("(Mianyang News) (edited by ...; reporter, YuanYuan)": a paper in brackets, then its staff in brackets.)
const PAPER_AND_STAFF = /^\(([^()]{2,40})\)\s*\(((?:edited|editor|reporter|written|compiled)[^()]{2,120})\)$/i;
// A board's handle: one token of letters, digits and "_.-".
const HANDLE = /^[\p{L}\d_.-]{3,30}$/u;
const POSTER_AND_TIME = /^([\p{L}\d_.-]{3,30}) (\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)(?: +Author Profile(?: \| Edit)?)?$/u;
// ("... by redstar_kadir@lemmygrad.ml to china@lemmygrad.ml": a federated forum names the poster's and the community's server.)
// ("submitted 1 year ago* (last edited 1 year ago) by ...": a post its poster edited later, marked with a star.)
const SUBMITTED_BY = /^submitted (?:\d{1,3} \w{3,7} ago ?\*?(?: \(last edited \d{1,3} \w{3,7} ago\))? |on \S.{4,30}? )?by (?:u\/)?([\p{L}\d_.-]{2,40}?)(?:@[\w-]+(?:\.[\w-]+)+)?(?: to ([rc]\/[\w]{2,40}(?:@[\w-]+(?:\.[\w-]+)+)?|[\w]{2,40}@[\w-]+(?:\.[\w-]+)+))?(?: \p{Lu}[\p{L}]{1,20}){0,2}$/iu;
const SITE_OVER_MENU = /^(\p{Lu}[\p{L}\p{N}.-]{1,20}(?: [\p{Lu}][\p{L}\p{N}.-]{1,20}){0,2}) +(?:\p{Ll}+ \| ){3,8}\p{Ll}+(?: +(?:login|log in|sign in))?$/u;
const NUMBERED_POST_STAMP = /^(\S.{4,40}?) +#\d[\d,]{0,8}$/;
const QUOTED_POST_OPEN = /^[\p{L}\p{N}_.-]{2,40}(?: [\p{L}\p{N}_.-]{1,30}){0,2} said:$/u;
const QUOTED_POST_END = /^Click to expand\.{0,3}$/i;
const CRUMB_BEFORE_ISSUE = /\s[>›»]\s+([^>›»]{2,60}?)\s+[>›»]\s+\d{4}\s*年\s*(?:第\s*)?\d{1,3}\s*期$/u;
const COMMENT_STAMP = /^[^|@]{6,40}?\s*(?:@|at)?\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*\|\s*(?:Comment|Reply|Permalink|Quote|Report)s?$/i;
// (And the Lords' benches: "Crossbench", "CB", "Bishops".)
const PARTY_ALONE = new RegExp(`^(?:${PARTIES}|Crossbench|CB|Bishops)$`);
const SEAT_NAME = /^\p{Lu}[\p{L}'’.-]*(?: (?:and|upon|on|in|under|\p{Lu}[\p{L}'’.-]*)){0,5}$/u;
// (The marks set apart by a space: "Dilnoza Rakhimova" ends on a letter of her name, not a mark.)
const DASH_NAME_POST = /^[—–] ?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}), \p{Lu}[^.!?]{3,160}$/u;
const AUTHOR_WITH_MARKS = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}) [a-f](?:, ?[a-f⁎*†])*[⁎*†]?$/u;
const WRITER_NAME_WITH_PARTICLES = /^(\p{Lu}\p{Ll}+)(?: (?:van|von|de|der|den|da|di|du|le|la|\p{Lu}\.))* \p{Lu}[\p{L}'’-]+$/u;
export const FROM_THE_PRINTER = /^\[From the ([^[\]]{4,80})\]$/;
const TITLE_DAY_CHAMBER = /^(\p{Lu}.{8,150}?) [-–] (\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4}) \((?:Commons|Lords|Senate|House)(?:\/[\p{L} ]{2,30})?\)$/u;
const RECORD_BOOKKEEPING = /^(?:(?:Address|Tel|Telephone|Fax|Postcode|Post code|Zip code)\s?[:：] ?\S.{0,160}|\p{Lu}[\p{L} &.-]{2,60} (?:19|20)\d{2}, \d{1,4}\(\d{1,4}\), \d{1,6}(?:; ?(?:https?:\/\/)?(?:dx\.)?doi\.org\/\S{4,80})?|(?:Stock|Share|Ticker) (?:Code|Symbol)s?:? [A-Z\d.]{4,12}|(?:Pages \(from-to\)|Number of pages|No\. of pages|Page count):?\s+\d{1,5}(?:\s?[-–]\s?\d{1,5})?|Archives?: \d{1,3}(?:, \d{1,3}){0,20}|Auto-archiving period: .{1,40}|Cited by:? \(?\d[\d,]{0,6}\)?)$/iu;
const MORE_TAGS = /^[^.!?]{2,60} \+ ?\d{1,3} more$/i;
const BEST_VIEWED = /\bBest viewed (?:at|with|in|using|on|by)\b/i;
const BEST_VIEWED_WORDS = 30;
const OPEN_LICENCE = /\bCreative Commons\b.{0,80}\bLicen[cs]e\b/i;
// ("... additional terms may apply. By using this site, you agree to the Terms of Use ...": with the site's terms after it.)
const OPEN_LICENCE_WORDS = 60;
// ("Collection" under an encyclopedia entry's name: the button that keeps the entry among a reader's favourites.)
const ENTRY_COLLECTED = /^\[?Collection\]?$/;
// ("Research Article   Open Access": a journal's badges over a paper's title, what kind of paper it is and how it may be
// read; two of them at least, as one alone may be a heading.)
const ARTICLE_BADGE = "(?:(?:Research|Original|Review|Short|Brief) (?:Article|Paper|Communication|Report)|Open Access|Free Access|Editor's Choice|Feature Paper|Peer[- ]reviewed)";
const ARTICLE_BADGES = new RegExp(`^${ARTICLE_BADGE}(?:\\s+${ARTICLE_BADGE}){1,3}$`, "i");
// ("By desert_rose_teacher, April 9, 2018 in Southern Xinjiang (Kashgar, Hotan, Aksu)": a board's thread line, who
// started it, when, and in which forum.)
const THREAD_STARTED_BY = /^By ([\p{L}\d][\p{L}\d_.'’-]{2,30}), (\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4}) in \p{Lu}.{1,80}$/u;
// ("Sign in to edit  History  Talk (2)", "Edit source  View history": a wiki's edit bar under the page's heading.)
const WIKI_EDIT_BAR = /^(?:Sign in to edit|Edit(?: source)?|View source|Read)(?:\s+(?:History|View history|Talk(?: \(\d{1,5}\))?|Purge|Discuss|Share|Edit(?: source)?|Watch|More))+$/;
// ("© 2024 Zhishi Baike  ICP No. 15031872": a Chinese site's licence number, the same.)
const REGISTRATION_NUMBER = /\s+(?:C\.F\.|P\.\s?IVA|VAT(?: No\.?)?|ABN|CIF|Reg\. No\.|Company No\.|(?:\p{Script=Han}{1,2})?ICP(?: No\.?)?|ICP备)\s*[\d ]{5,20}(?:-\d{1,3})?/u;
const PORTLET_OF_SITE = /^(\p{Lu}{2,8}) (?:[\p{L}-]+ ){0,3}Portlet$/u;
const READER_VIEW_OF = /^from (\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3})$/u;
// ("1412 days ago": an old thread's age runs to four digits of days.)
const POINTS_BY = /^(?:▲ ?)?\d[\d,]{0,8} points? by ([\p{L}\p{N}_.-]{2,40}) (on \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}|\d{1,4} \p{Ll}{3,7} ago)(?: \| .{1,80})?$/u;
const STARTED_BY = /^Discussion in '[^']{1,60}' started by ([\p{L}\d_. -]{2,40}?), (\S.{4,30}?)\.?$/u;
const DASHED_LINKS = /^(?:- ?)?(?:\p{Lu}\p{Ll}+(?: -){2,} ){1,3}\p{Lu}\p{Ll}+$/u;
const BRACKETED_LINKS = /^(?:\[ ?[^[\]]{1,40}? ?\] ?){2,8}$/;
const HANDLE_LOOK = /[\d_]|\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}|^\p{Ll}/u;
// ("TomasK_Brno" over "Brno, Czech Republic" over "Level Contributor": a travel board's rank under a poster's handle.)
export const CONTRIBUTOR_LEVEL = /^(?:Level \d{1,2}|Level|Top|Star) Contributor$/;
// How far down a page a poster's name set twice still heads its thread.
const POSTER_WITHIN = 6;
// Pinyin's tone marks, which no English name carries.
const PINYIN_TONE = /[āēīōūǖǎěǐǒǔǚǘǜ]/;
// ("(Top)": the first entry of a wiki page's contents.)
// ("(SOUNDBITE OF BELL)", "(LAUGHTER)", "(Speaking foreign language)": a broadcast transcript's stage directions credit no one.)
const NOT_A_CREDIT = /^(?:Continued|Updated|Update|End|Ends|Concluded|Cont|Contd|Edited|Translated|Abridged|Excerpt|Excerpts|Full Text|Photo|Video|Audio|File|Archive|Graphic|Top|Break|Commercial break|Commercial|Pause|(?:soundbite|sound|sounds) of .+|soundbite|speaking .+|laughter|applause|crosstalk|inaudible|music|singing|chanting|cheering|cheers|clapping|crying|shouting|gunfire|sirens?|drumming|archived (?:recording|broadcast|clip).*)$/i;
// "From Wikipedia, the free encyclopedia": a wiki's line under its page's title names the wiki.
// "A magazine on religious liberty and human rights", "An independent news site for ...": what a site says it is.
const SITE_TAGLINE = /^(?:A|An|The) (?:[\p{Ll}-]+ ){0,3}(?:magazine|newspaper|journal|news ?(?:site|website|portal|service|agency)|website|publication|weekly|daily|blog|webzine|e-?zine)\b.{0,120}$/u;
// A publisher's name set alone: one to four capitalised words.
const MASTHEAD = /^(?:The )?\p{Lu}[\p{L}'’&.-]*(?: \p{Lu}[\p{L}'’&.-]*){0,3}$/u;
// ("From New World Encyclopedia": the encyclopedia's own name, with no tagline after it.)
// ("From Infogalactic: the planetary knowledge core": a copy's own tagline, after a colon, in words of its own.)
// ("Province of southwestern China From Wikipedia, the free encyclopedia": a wiki copy's short description run into it.)
// ("From Wikipedia for FEVERv2": a mirror's tagline, naming the wiki and what the copy was made for.)
export const WIKI_TAGLINE = /^(?:\p{Lu}[^.!?:]{2,80}? )?From (?:([\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3})[,:] the (?:free |online |(?:\p{Ll}+ ){1,2}(?=knowledge))?(?:encyclopa?edia|wiki|knowledge (?:core|base))\b|((?:[\p{Lu}][\p{L}.'’-]* ){0,3}(?:Encyclopa?edia|Wiki|Wikipedia))(?: for [^.!?]{1,40})?$)/u;
const WIKI_NAME = /^(?:[\p{Lu}][\p{L}'’-]* ){1,2}(?:Wiki|Encyclopa?edia)$/u;
// ("Baidu Baike  Webpage  News  Tieba ...": an encyclopedia's name opening its own menu, on the page's first line.)
export const ENCYCLOPEDIA_BEFORE_MENU = /^((?:\p{Lu}[\p{L}'’-]* ){0,2}(?:Baike|Encyclopa?edia|Wiki))(?: {2,}\p{Lu}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?){3,}\s*$/u;
// How long the line under a wiki's name runs when it is the article's text, not its title.
const WIKI_TEXT_UNDER = 100;
const SHOT_LIST_LOCATION = /^\p{Lu}[^()]{2,120} - (?:Recent|File|Archive|Date unknown|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9} \d{4}) \((\p{Lu}[\p{L}\d&'’.]{0,20}(?: \p{Lu}[\p{L}\d&'’.]{0,20}){0,3})(?: [-–] [^()]{1,80})?\)$/u;
export const ENCYCLOPEDIA_SITE = /^(?:Wikipedia|Wikiwand|Baidu Baike|Britannica|Encyclopaedia Britannica|Encyclopedia Britannica|New World Encyclopedia)$/;
const COPYRIGHT_OWNER = /^(?:[Cc]opyright\s*)?(?:©|\([Cc]\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s+([\p{Lu}][\p{L}\p{N}&.'’ -]{1,60}?)\s*(?:[.,|]|All rights|$)/u;
// ("Copyright © Tianyuan Energy Group Co., Ltd. All rights reserved.", "Copyright by Zangdi Online Media Co., Ltd": a holder
// named with no year, after the sign or "by"; the company's "Co., Ltd" is no part of the name.)
// ("Copyright © China.org.cn. All Rights Reserved": a holder named by the site's address, its dots part of the name.)
const SITE_OWNER = /^(?:[Cc]opyright\s*)?(?:©|\([Cc]\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:cn|com|org|net|gov|edu|info)(?:\.cn)?)(?=[\s.,|]|$)/u;
// ("Copyright The Christian Science Monitor": the word alone may stand for the mark.)
// ("Copyright held by the General Office of Gansu Provincial People's Government.": held by whom, in words.)
const UNDATED_OWNER = /^(?:[Cc]opyright\s+(?:©|\([Cc]\)|[Bb]y|(?:held|owned) by(?: the)?)?|©|\([Cc]\)|[Bb]y)\s*([\p{Lu}][\p{L}\p{N}&'’ -]{1,60}?)(?: Co\.?,? ?Ltd\.?| Co\.)?(?: \d{4})?\s*(?:[.,|]|All [Rr]ights|$)/u;
// ("-----", and ". | . |": a table's empty cells left by a page's layout, no letter or figure in them.)
// ("-" alone between a print reader's question and its answer: a dash on its own line parts them, no more.)
const SEPARATOR = /^[-_=*~.·•]{5,}$|^[-–—]$|^(?=.*\|)[.|·•\s]{3,40}$/;
const EDIT_MARKER = /^last edited(?: by [^:]{1,60})?:?(?: .{0,60})?$/i;
// ("1 Response", "4 Responses to "Title"", "3 thoughts on "Title"": a blog's count of comments over them.)
// ("Your email address will not be published. Required fields are marked *": the notice of the form under them.)
// ("Discussion about this post" over a newsletter's comments, "Liked by Nadia Osei" under one: its heading and its likes.)
const COMMENT_WIDGET = /comments powered by|^discussion about this (?:post|article|story|episode|thread)$|^liked by \S.{0,80}$|^(?:\d+ )?comments?$|^\d{1,5} (?:responses?|replies|thoughts?)(?: (?:to|on) ["“].{1,200})?$|^(?:leave|post|add|write) a (?:comment|reply)\b|^(?:what do you think\? )?(?:leave|post|add|write) a (?:respectful |polite )?(?:comment|reply)\b|^(?:view|show|load|read) (?:all |more )?comments\b|^comments? \(\d+\)$|^your email address will not be published\b|^comments (?:off|closed|are closed)$/i;
// ("Page 10 of 12 [ 192 posts ] Go to page Previous 1 ... 7, 8, 9, 10, 11, 12 Next": a board's pages and its count of posts;
// "first 1-6 last": the range of replies shown.)
const PAGINATION_TOKEN = /^(?:\d{1,4}(?:[-–]\d{1,4})?,?|[|<>«»‹›[\]]{1,4}|\.\.\.|…|next|prev|previous|first|last|page|of|go|to|posts?|topics?)$/i;
// ("Hot tags: Liangshan  poverty  Sichuan", "ARW index: ASA 17/4412/2021": a portal's tags, a campaign group's document code.)
const LABELS = "episode title|programme title|program title|hot tags|popular tags|[a-z]{2,5} index|posted in|posted|font|filed under|categories|category|section|tags|tag|newspaper headline|print headline|source|from|published|publication date|date of publication|date of issue|date of writing|pub date|date post|release date|updated|last updated|date|editor|author|authors|reporters|reporter|writer|byline|network|slug|teaser|restrictions|tuner|scanned in|trt|topics|published at|audio/visual|views|hits|clicks|affiliation|affiliations|story|headline|title|thread|publication|dateline|part of|index no\\.?|document no\\.?|file no\\.?|issued by|compiled by|issuing (?:authority|agency|office|body|organ)|written on|publisher|interview group|interviewers?|replying to|in reply to|author\\(s\\)|chinese source|original source|photo source|photo credit|translator|translated by|prepared by(?: [a-z]+){0,3}|published in|contributed by|journal|format|origin";
// ("- Title: ...", "- Date: ...": a record's fields set as the items of a list.)
// ("By Source:China Tibet News ...": an empty byline's "By" before a label is no part of it.)
// ("(Web editor: Zhang Kaiwei, Liang Jun)", "Editor in charge: Tian Jing", "[Responsible editor: Li Na]": an
// editor's credit in brackets, or with the kind of editor, is the site's bookkeeping too.)
const METADATA_LABEL = new RegExp(`^(?:[-•·*] )?(?:By\\s*)?(${LABELS})\\s*:\\s*(.*)$|^[(\\[]?(?:(?:Web|Responsible|Executive|Chief|Managing|Copy) )?(editor)(?:s| in charge)?\\s*:\\s*([^()[\\]]*)[)\\]]?$`, "i");
const DELIVERED_AT = /^(?:Delivered|Given|Presented|Made|Read) (?:at|to|before|during)\b/;
const SIDEBAR_HEADING = /^(?:Recent Posts|Recent Comments|Popular Posts|Related Posts|Archives|Categories|Blogroll|Tags|Top Posts(?: & Pages)?)$/i;
const SIDEBAR_ITEM_WORDS = 14;
/**
 * Whether the line follows a sidebar's heading or a link of a list (not a labelled one, "Related: ..."), under the text,
 * and is no live page's time ("10.58am GMT"), which heads the next entry.
 */
function inSidebar(c: LineContext): boolean {
  return !c.inHeader && ((c.previousRule === "site-navigation" && SIDEBAR_HEADING.test(c.previous ?? "")) || (c.previousRule === "link-list" && !(c.previous ?? "").includes(":"))) && !/\d[.:]\d{2}/.test(c.line);
}
const KIND_OF_PIECE = /^(?:results? briefs?|press releases?|news releases?|features?|statements?|speeches|briefs?|fact sheets?|stories|op-eds?|opinion|commentary|analysis)$/i;
const FACT_BOX_LABEL = /^(?:of |in )?\p{Ll}{3,}(?: [\p{Ll}-]+){2,11}$/u;
const EDITED_BY = /^([(\[]?)(?:Edited|Editing|Copy-?edited) by /i;
// A wire's filing slug in capitals, its parts joined by hyphens and a slash: "CHINA-TIBETANS/HERDERS ".
const WIRE_SLUG = /^\p{Lu}{2,}(?:-\p{Lu}{2,}){0,3}\/\p{Lu}{2,}(?:-\p{Lu}{2,}){0,3} (?=\p{Lu}\p{Ll})/u;
// Every label on a line such as "Source: Xinhua | Published: 2020-11-23 16:40 | Editor: Wu Lan".
const ANY_LABEL = new RegExp(`(?:^|[\\s|•·])(${LABELS})\\s*:\\s*`, "gi");
const LABEL_FIELD: Record<string, MetadataField | null> = {
  from: "outlet", "publication date": "published", authors: "author", story: "title", headline: "title", title: "title", thread: "title", publication: "title", dateline: "published",
  "posted in": "section", "filed under": "section", categories: "section", category: "section", section: "section",
  tags: null, tag: null, font: null, posted: "published", "newspaper headline": "print_headline", "print headline": "print_headline", source: "outlet",
  published: "published", "release date": "published", "pub date": "published", "date post": "published", updated: "updated", "last updated": "updated", date: "published",
  editor: null, affiliation: null, affiliations: null, "part of": "section", "issued by": "outlet", "compiled by": "outlet", "issuing authority": "outlet", "issuing agency": "outlet", "issuing office": "outlet", "issuing body": "outlet", "issuing organ": "outlet", author: "author", reporter: "author", writer: "author", "interview group": "author", reporters: "author", byline: "author", network: "outlet", topics: null, "published at": "published", "audio/visual": null, slug: null, teaser: null, restrictions: null, tuner: null, "scanned in": null, trt: null, interviewer: "author", interviewers: "author", "replying to": null, "in reply to": null, "author(s)": "author", views: null, hits: null, clicks: null, publisher: "outlet",
  // ("Chinese source: Hunan Daily" under a translated story: the paper the text was translated from; "Translator:", "Photo source:" name no field.)
  "chinese source": "outlet", "original source": "outlet", "photo source": null, "photo credit": null, translator: null, "translated by": null,
  // ("Prepared by: Liang Wenhui (Guangxi Academy of Social Sciences) and ...": a report's writers.)
  "prepared by": "author",
  // ("Date of writing: 2017-03-09      Date of publication: 2017-03-14": a portal's document fields, the day it came out the page's.)
  "date of publication": "published", "date of issue": "published", "date of writing": null,
  // ("Published in: Rural Governance": a repository's record of the journal a paper ran in.)
  "published in": "outlet",
  // ("Contributed by: Poverty Alleviation and Development Office of ...": a yearbook's entry, written by the office.)
  "contributed by": "author",
  // ("Journal: Modern Rural Economics, 2019, 8(11)": the journal a paper ran in, then its year, volume and issue.)
  journal: "outlet",
  // ("Episode Title: The Last Herders of Nagqu": a broadcast script's record of its episode.)
  "episode title": "title", "programme title": "title", "program title": "title",
  // ("Format: Evaluation and Lessons Learned", "Origin: View original": a reposting site's record of the piece's kind and where it came from.)
  format: null, origin: null,
};
/** The field a label names; "Prepared by commission staff:" as "Prepared by:". */
function fieldOfLabel(label: string): MetadataField | null {
  const key = label.toLowerCase();
  return LABEL_FIELD[key] ?? (key.startsWith("prepared by ") ? "author" : null);
}
// ("Human Rights Opinion": a topic, then the kind of piece a section holds.)
const SECTION_AT_END = / (?:Opinions?|Analysis|Commentary|Features?|Editorials?|Columns?|Blogs?|Op-Ed|Perspectives?|Viewpoints?)$/;
// ("FP Staff", "CGTN Web Desk", "Staff Reporter": a newsroom's name, then its staff, desk or team.)
const STAFF_CREDIT = /^(?:[\p{Lu}][\p{L}&.-]*\s){1,3}(?:Staff|Desk|Team|Staff Reporter)$/u;
// "By" alone on its line, the writer's name on the next ("Written by", "Posted by" too).
const BARE_BY = /^(?:By:?|by|BY|Written by|Posted by|Words by)$/;
const REPOSITORY_COVER_LABEL = /^(?:A Service of|Make Your Publications Visible\.|Standard-Nutzungsbedingungen:|Terms of use:|This Version is available at:|Provided in Cooperation with:|Suggested Citation: .{0,600})$/;
const REPOSITORY_TERMS_LABEL = /^(?:Standard-Nutzungsbedingungen|Terms of use|Nutzungsbedingungen):$/;
const PROVIDED_WITH = /^Provided in Cooperation with:$/;
const WRITER_OVER_DAY_LINES = 12;
// How long the line saying who a writer is may run between their name and the day.
const CREDENTIAL_LENGTH = 80;
const THREAD_LABEL = /^Thread: (\S.{2,200})$/;
const TITLE_WITH_DAY = /^(\S[^()]{4,300}?) \(([^()]{6,40})\)$/;
// ("Field Notes China from Harbourline Media" over the episode's day: a podcast page's show and its publisher.)
const SHOW_FROM_PUBLISHER = /^\p{Lu}[\p{L}\d'’&-]*(?: [\p{L}\d'’&-]+){0,5} from (\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4})$/u;
// ("Leaving the ridge: ... south artwork" over the episode's title: the picture's text, named for it.)
const ARTWORK_SUFFIX = " artwork";
// ("Thread starter kiwi_in_kaili" / "Start date Mar 14, 2022": a board's labels under a thread's title.)
const THREAD_STARTER = /^Thread starter:?\s+(\S{2,40})$/i;
const THREAD_START_DATE = /^Start date:?\s+(\S.{4,40})$/i;
// ("Profile photo for Owen Gallagher": an answer site's caption, the name after it.)
const PROFILE_PICTURE = /^(?:(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}) [Pp]rofile picture|Profile (?:photo|picture) (?:for|of) (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}))$/u;
/** The name a profile picture's caption gives, or null. */
function picturedName(line: string): string | null {
  const m = PROFILE_PICTURE.exec(line);
  return m === null ? null : (m[1] ?? m[2]!);
}
const BARE_HANDLE = /^@[\p{L}\p{N}_]{2,30}$/u;
const NAME_IN_HAN_AFTER = / [\u3400-\u9fff]{2,8}$/u;
const PAGE_LAST_EDITED = /^This page was last (?:edited|modified) on /;
const SHOW_BY_PUBLISHER = /^(\p{Lu}[\p{L}\d'’&-]*(?: [\p{L}\d'’&-]+){0,5}) by (\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4})$/u;
// "Home > Newspapers > ... > Page 7": a trail that opens at the home page and goes three steps down or more.
const HOME_TRAIL = /^Home(?: [>›»] [^>›»]+){3,}/;
const SITE_HOME_CRUMB = /^(\p{Lu}[\p{L}\d.&'’-]{1,30}(?: \p{Lu}[\p{L}\d.&'’-]{1,30}){0,2}) (?:Homepage|Home Page|Home)\s*[>›»|/]/u;
// ("By Agencies": a paper's credit to wire copy, no writer named.)
const UNNAMED_WRITER = /^(?:By:? |From )?(?:Our (?:Own |Staff |Special |Senior |Political |City )?(?:Correspondents?|Reporters?|Staff Reporter|Staff Writer|Bureau)|(?:Staff|Special) (?:Reporters?|Writers?|Correspondents?)|Agencies)$/i;

/** The inside of a wire story's credits, "Reporting by ...; Editing by ...", for the patterns that find them. */
export const WIRE_CREDITS_INSIDE = String.raw`(?:Reporting|Writing) by [^()]{3,240}`;
// A record's value under its label is a title, a name or a day: a few words.
const RECORD_VALUE_WORDS = 30;
const RECORD_LABEL = /^(Title|Authors?|Author\(s\)|Creators?|Date|Publication Date|Date of Submission|Date Published|Date Issued|Publisher|Reader \d|Advisors?|Supervisors?|Committee Members?|Graduation Year|Document Type|Degree Name|Department)$/;
// (Only the labels LABEL_FIELD does not know: "Title", "Author", "Publisher" and the like are read as on one line.)
// ("• Gulnar Rozi College of Economics and Management, ... https://orcid.org/...": a journal platform's list of its
// authors, each a bullet, the name run on into the institution with no comma.)
const NAME_THEN_AFFILIATION = /^(?:[•·] ?)?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?:, | (?=(?:College|School|University|Institute|Department|Faculty|Academy|Centre|Center)\b))(.{4,300})$/u;

/** "Luo Jiahui, Institute of Sociology, ...": the name before an author's affiliation, or null. */
function affiliatedName(line: string, institution = true): string | null {
  const m = NAME_THEN_AFFILIATION.exec(line);
  return m !== null && (!institution || INSTITUTION.test(m[2]!)) && personNameForm(m[1]!.split(" ")) !== null ? m[1]! : null;
}
const AUTHORS_LABEL = /^Authors?$/;
const AUTHORS_LISTED = /^(?:Listed|Registered):$/;
// ("• Ma Lihua,": a list of a paper's authors may set a comma after each.)
// ("• Zhou Hanwen 2 &": with the number of the affiliation, and the "&" before the last name.)
const LISTED_AUTHOR = /^[•·*-] ?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})(?: \d{1,2}(?:, ?\d{1,2}){0,4}\*?)?(?: ?[,&]| and)?$/u;
const AGO = String.raw`\d[\d,]{0,6} (?:minutes?|hours?|days?|weeks?|months?|years?) ago`;
const SHARED_BY_AGO = new RegExp(String.raw`^(?:shared|submitted|posted) by ([\w.-]{2,40}) +[·•|] +${AGO}\b|^submitted ${AGO}(?: \*)? by ([\w.-]{2,40})(?: to \S{2,80})?$`);
const NUMBERED_AFFILIATION = /^\d{1,2}\s?(?:School|College|University|Institute|Department|Faculty|Academy|Centre|Center|Laboratory|Key Laboratory)\b/;
const PUBLISHED_IN = /^Published in (\p{Lu}[\p{L}'’&.-]*(?: [\p{L}'’&.-]+){0,6})$/u;
const FOLLOW_BUTTON = /^\+?\s?(?:Follow|FOLLOW)$/;
export const FEDIVERSE_HANDLE = /^@[\w.-]{1,40}(?:@[\w-]+(?:\.[\w-]+)+)?$/;
const TITLE_BY_HANDLE = /^\p{Lu}.{8,200} by ([a-z0-9][a-z0-9_.-]{1,39})$/u;
const NAME_THEN_HANDLE = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}) @(\w{2,30})$/u;
// (Not page-credits' THREAD_BY, a thread's title that names its writer first: this line names the handle first.)
const THREAD_BY_HANDLE = /^Thread by @\w{2,30} \((\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}(?: [\u3400-\u9fff]{2,8})?)\)$/u;
const JOURNAL_YEAR_VOLUME = /^(\p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,8}) ›› ((?:19|20)\d{2}), Vol\. ?\d{1,4}\b/u;
const JOURNAL_ISSUE_AFTER = /,\s*(?:19|20)\d{2}, \d{1,4}\(\d{1,3}\)$/;
const TEAM_ROLE_ALONE = /^(?:(?:Senior|Junior|Chief|Lead|Principal|Deputy|Assistant) )?(?:Team Leader|Consultant|Research Assistant|Evaluator|Reviewer|Advis[eo]r|Coordinator|Team Member)s?:$/;
// "Dr. Huang Xiaoyu": a name on its line, an honorific before it or not.
const HONORIFIC_BEFORE = new RegExp(`^${HONORIFIC_WORD}\\.? `);
const teamMember = (line: string): string | null => {
  const name = line.replace(HONORIFIC_BEFORE, "");
  return NAME_LINE.test(name) ? name : null;
};
const STAFF_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}`;
const STAFF_WRITERS = new RegExp(String.raw`^(${STAFF_NAME}(?:(?:, | and )${STAFF_NAME}){0,3}), \p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3} (?:staff writers?|staff reporters?|correspondents?|contributing writers?)$`, "u");
const CITED_JOURNAL_PAPER = /^\p{Lu}[^.[\]]{2,200}\. [^[\]]{5,300}\[J\]\. \p{Lu}/u;
// ("Posted in Resettlement, Travel" under a blog post's date line: the shelves it is filed on, no publisher.)
const FILED_IN = /^(?:Posted|Filed) (?:in|under) \p{Lu}/u;
// ("(Written by Long Mei, Poverty Alleviation Office of the Province)", "(Valley TV reporters Ma Rui, Aku Qiang)": who wrote
// it, or the outlet's reporters by name.)
const BRACKETED_BYLINE = /^\((?:(?:Written |Reported )?[Bb]y )?([^()]{3,120})\)$/;
// ("(Reporter Zhang Ruoxi)", "(Correspondents Li Wei and Ma Lan)": a portal's writers named with their post.)
const REPORTER_IN_BRACKETS = /^\((?:Reporters?|Correspondents?):? ([^()]{3,80})\)$/;
/** "(Ma Xiaolin)", "(Reporter Zhang Ruoxi)": the writer a story's last line names in brackets, or null. */
function bracketedWriter(line: string): string | null {
  const posted = REPORTER_IN_BRACKETS.exec(line)?.[1];
  if (posted !== undefined) return parseByline(`By ${posted}`)?.author ?? null;
  const alone = /^\(([^()]{3,40})\)$/.exec(line)?.[1];
  return alone !== undefined && personNameForm(alone.split(" ")) !== null && !namesPublisher(alone) ? alone : null;
}
const OUTLET_REPORTERS = /^\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,2} (?:reporters?|correspondents?|writers?|journalists?) \p{Lu}/u;
const DOCUMENT_OF = /^Document of (?:the |The )?(\p{Lu}[\p{L}'’&-]*(?: (?:\p{Lu}[\p{L}'’&-]*|of|for|and|the|on|in)){0,10})$/u;
// Labels and nothing else, each ending on its colon: "Reviewed by: Review Coordinator: Group:".
const LABEL_ROW = /^(?:\p{Lu}[\p{L} ]{0,30}:\s*){1,8}$/u;
const RECORD_FIELD: Record<string, MetadataField> = { creator: "author", creators: "author", "date of submission": "published", "date published": "published", "date issued": "published" };
// ("Issue 23, 2019 (Total No. 112)": a periodical's issue, the year and its count of all issues.)
const NUMBERED_ISSUE = /^(?:Issue|No\.|Vol\.|Volume|Number) ?\d{1,4}(?:, ?(?:19|20)\d{2})?(?: \((?:Total|General|Serial) No\. ?\d{1,5}\))?$/i;
const SERIES_NAME = /^(?:\p{Lu}[\p{L}-]+ ){1,3}Series$/u;
// ("Report No. 41/2021": with the year the series counts in.)
// ("Working Paper Series · No. 2018/04", "Report No. PCR-2291-CN": a series' number with its year first, or a document's
// own code.)
const SERIES_NUMBER = /^(?:Policy|Issue|Research|Briefing|Discussion|Working|Occasional|Background|Technical)? ?(?:Brief|Paper|Report|Note)(?: Series)?(?: [·•|,])? (?:No\.? ?|Number |#)?(?:\d{1,4}(?:\/(?:19|20)\d{2})?|(?:19|20)\d{2}\/\d{1,3}|(?:\d{2}|(?:19|20)\d{2})-\d{2,3})(?:, (?:19|20)\d{2})?$|^\(?(?:Report|Loan|Grant|Project|Document) (?:No\.?|Number|#):? ?(?=[\w./-]{0,30}\d)[A-Z\d][\w./-]{1,30}\)?$/i;
const REPORTED_AND_WRITTEN = /^Reported by ([^.]{3,80}?)(?: for ([\p{Lu}][\p{L}\d&-]{1,20})['’]s [^.]{2,40})?\.(?: Translated by [^.]{3,80}\.)? Written in English by ([^.]{3,80})\.$/u;
const WIRE_CREDITS = new RegExp(String.raw`^\((${WIRE_CREDITS_INSIDE})\)$`);
const BARE_REPORTING_BY = /^(?:Reporting|Reported|Written) by (\p{Lu}[^()]{2,160}[^.!?])$/u;
// How far down the page a wire service's name alone on its line still credits the story.
const WIRE_CREDIT_LINES = 12;
const SITE_NAMED_WEBSITE = /^((?:[\p{Lu}][\p{L}&.'’-]{0,30} ){0,4}[\p{Lu}][\p{L}&.'’-]{0,30}) (?:Website|Web site|Web Site)$/u;
// A reference in the author-date style: "Surname, I., Surname, I. & Surname, I. (2013). Title. ..." (each piece bounded: linear).
const REFERENCE_AUTHOR = /([\p{Lu}][\p{L}'’-]{1,30}, (?:\p{Lu}\.\s?){1,3})(?:,\s?)?(?:&\s|and\s)?/gu;
const REFERENCE_LINE = /^((?:[\p{Lu}][\p{L}'’-]{1,30}, (?:\p{Lu}\.\s?){1,3}(?:,\s?)?(?:&\s|and\s)?){1,8})\((\d{4})\)\.\s+([^.]{10,300}?)\.(?:\s|$)/u;
// How many lines from the top a paper's list of authors may stand.
const PAPER_AUTHORS_WITHIN = 8;
// ("Meng Qingsheng 丨 CCTV.com": the name, then the bar and the site it writes for.)
const REPORTER_NAME = /^(?!The )\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: [|丨] \S.{0,40})?$/u;
// A site named by its address: "CCTV.com", "Observer.com", "chinadaily.com.cn".
const SITE_NAME = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|cn|org|net|info)$/iu;
const JOURNAL_WITH_VOLUME = /^(\p{Lu}[^:|]{1,60}?)\s+(?:Volume|Vol\.?|Issue|No\.)\s*:?\s*\d/u;
// A blog post's footer: "Posted by <writer> at <time or day>".
// ("Posted by Watchman at 6:52 AM No comments:": the count of comments may follow on the line.)
// ("Posted by: Lin Meihua" over "Filed under: China": a blog's writer named at the post's foot, with no time.)
// ("Posted by Henrik Voll at 11:20 · Filed under: Economy · Tags: CASS": the shelves the post is filed on may follow.)
// ("Posted by Martin Aldous in Travel, Rural China": or the shelves after "in".)
export const BLOG_FOOTER = /^Posted by(?: ([\w.-]{2,40}|[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){1,3}) (?:(?:at|on) [\d/:. -]{4,24}(?:[AaPp]\.?[Mm]\.?)?(?: (?:No|\d{1,4}) comments?:?)?(?: ?[·|•] ?(?:Filed under|Categories|Category|Tags):[^\n]{0,160})?|in \p{Lu}[\p{L}, &'’-]{1,120})|: ([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){1,3}))$/u;
// ("Submitted by Helen Vasquez-Orr on Tue, 03/06/2018 - 09:12": a person's whole name before a handle's one word, so
// the surname is not taken for what follows the name.)
// ("Posted by Jane Roe on 17 August 2021 in Fieldnotes, Yunnan | 9 Comments": the day, shelves and count after the name.)
const POSTED_BY = /^(?:Posted|Submitted|Written|Shared) by:? (?:u\/)?([\p{Lu}][\p{L}'’.-]*(?: (?!(?:On|At|In)\b)[\p{Lu}][\p{L}'’.-]*){1,3}(?= |$)|[\w.-]{2,40})(?: .{0,80})?$/u;
// A writer's post at a paper, on a line of its own: "Beijing Bureau Chief", "Staff Writer".
const POST_AT_OUTLET = /^(?:(?:Senior|Chief|Staff|Contributing|Special) )?(?:Writer|Reporter|Correspondent|Editor|Columnist) (?:of|at|for|with) (?:the )?(\p{Lu}[\p{L}.&'’-]*(?: (?:\p{Lu}[\p{L}.&'’-]*|of|and|the)){0,6})$/u;
const JOURNALIST_POST = /^(?:[\p{Lu}][\p{L}-]* ){0,3}(?:Bureau Chief|Correspondent|Staff Writer|Staff Reporter|Reporter|Columnist|Contributing Writer)$/u;
const NAME_AND_POST = /^(?:[-–—] ?)?([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2}), (?:[\p{Lu}][\p{L}-]* ){0,3}(Researcher|Professor|Fellow|Director|Editor|Correspondent|Reporter|Lecturer|Scholar|Analyst|Economist|Dean|Expert|Writer|Columnist|Contributor|Journalist|Magistrate|Governor|Mayor|Chairman|Chairwoman|Chairperson)\b[^.!?]{0,120}$/u;
// ("Jike Mose, County Magistrate" under a work report's title: the official who gives it, whatever the name lists know.)
const GIVER_POST = /^(?:Magistrate|Governor|Mayor|Chairman|Chairwoman|Chairperson)$/;
// ("From Washington Post:" over an excerpt: an aggregator's line naming the paper the copy is from.)
const REPOSTED_FROM = /^(?:(?:[Rr]e-?\s?posted|[Rr]epublished|[Rr]eprinted|[Rr]eproduced) (?:from|with permission (?:from|of)|courtesy of)\s+([\p{Lu}][^.!?]{1,60})|From (?:the |The )?(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4}):)$/u;
// Two to four capitalised words and nothing else: a name set on its own line.
const AFFILIATED_AUTHOR = /^([\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’.-]*){1,3})\s?\(([^()]{3,240})\)$/u;
const INSTITUTION = /\b(?:University|Institute|Academy|School|College|Department|Faculty|Laborator(?:y|ies)|Center|Centre|Ministry|Foundation|Hospital|Bureau)\b/;
const PAPER_SECTION_LINE = /^(\p{Lu}[\p{L}'’&. ]{1,50}?) - (?:([^-]{4,30}?) )?- \p{Lu}{2,}(?: \p{Lu}{2,}){0,3} -(?: (By .{3,60}))?$/u;
// "Afrasiyab, Uighur Times": a name of one to four words, a comma, a paper's name; no digits in either.
const NAME_COMMA_PAPER = /^\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3}, (?:The )?\p{Lu}[\p{L}'’.&-]{0,30}(?: \p{Lu}[\p{L}'’.&-]{0,30}){0,4}$/u;

const CITED_AUTHOR = /^(\p{Lu}[\p{L}'’-]{1,30}), (\p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3})$/u;

/** "Qin, Cong and Chong, Terence Tai Leung": two or three authors as a citation lists them, as "Cong Qin; Terence Tai Leung Chong", or null. */
function citationAuthors(line: string): string | null {
  const parts = line.split(/,? and |; | & /);
  if (parts.length < 2 || parts.length > 3) return null;
  const names = parts.map((p) => CITED_AUTHOR.exec(p));
  // (A name that reads as a person's either way round is one; else neither part may be a place: "Beijing, China".)
  // ("TSERING, Dawa; HARTLEY, Miriam": a cover sheet's surnames in capitals mark names, whatever places share them.)
  const person = (n: RegExpExecArray) => personNameForm([n[1]!, ...n[2]!.split(" ")]) !== null || personNameForm([...n[2]!.split(" "), n[1]!]) !== null || /^\p{Lu}{2,}$/u.test(n[1]!);
  if (names.some((n) => n === null || (!person(n) && (candidatesFor(n[1]!).length > 0 || candidatesFor(n[2]!).length > 0)))) return null;
  return names.map((n) => uninverted(n![1]!, n![2]!)).join("; ");
}

/** "Fairweather, Olivia Jane" as "Olivia Jane Fairweather", and "Li, Wei" as "Wei Li", as a byline in English prints it; "BERG, Anna" as "Anna Berg". */
function uninverted(surname: string, given: string): string {
  return `${given} ${nameCased(surname)}`;
}

/** Whether a line ends as a body's name does: on its head word ("... Information Office"), or on what that body is of. */
function endsAsBodyName(line: string): boolean {
  const heads = [...line.matchAll(PUBLISHER_HEADS)];
  const last = heads[heads.length - 1];
  if (last === undefined) return false;
  const tail = line.slice(last.index + last[0].length).trim();
  return tail === "" || /^(?:of|for|in|on)\b/.test(tail);
}

function isFollowButton(line: string): boolean {
  const named = FOLLOW_PERSON.exec(line);
  return named !== null && personNameForm(named[1]!.split(" ")) !== null;
}

/** "Afrasiyab, Uighur Times": the writer and the paper a byline without its "By" gives, or null. */
export function unmarkedByline(line: string): ReturnType<typeof parseByline> {
  // ("CGTN's Wu Lei, Li Jian": an outlet's name owning its reporters' names, with no "By".)
  // (An acronym may be the outlet's whole name there: "CGTN's".)
  const owned = OUTLET_OWNS_NAMES.exec(line);
  // (Never a body's office after it: "The State Council's Poverty Alleviation Office".)
  const ownedBy = owned !== null && (namesPublisher(owned[1]!) || /^\p{Lu}{2,6}$/u.test(owned[1]!)) && !PUBLISHER_HEAD.test(line.slice(owned[1]!.length));
  const fields = NAME_COMMA_PAPER.test(line) || ownedBy ? parseByline(`By ${line}`) : null;
  // ("Chairperson, Valley Development Foundation" under a letter: a signer's post and body, no writer's name.)
  return fields?.author !== undefined && fields.outlet !== undefined && !SIGNER_POST_ALONE.test(fields.author) && (ownedBy || looksLikePublisher(fields.outlet)) ? fields : null;
}
const SIGNER_POST_ALONE = /^(?:Chair|Chairman|Chairwoman|Chairperson|President|Director|Secretary|Founder|Coordinator|Chief Executive|CEO)$/;
/** Names the name lists know; or, under the title or a date line or at the page's top, names with no word that is never a name's. */
function writersNamed(names: readonly string[], underTitle: boolean): boolean {
  return names.every((n) => personNameForm(n.split(" ")) !== null || (underTitle && !n.split(" ").some(isNotNameWord)));
}
// ("Cate Cadell | Reuters | Beijing": a name of two to four words, then a bar and a capitalised part.)
const NAME_BAR_PAPER = /^\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){1,3}\s+\|\s+\p{Lu}/u;
const OUTLET_OWNS_NAMES = /^([\p{Lu}][\p{L}.&-]*(?: [\p{Lu}][\p{L}.&-]*){0,3})['’]s [\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2}(?:(?:, | and )[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2}){0,3}$/u;
const DEGREE_NAME = /^([\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’.-]*){1,3}),? (?:Ph\.? ?D\.?|DPhil|D\.Phil\.?|M\.?D\.?|MPhil|M\.?Sc\.?|M\.?A\.?)$/u;
// ("Emma Graham-Harrison": a double-barrelled name's second half is capitalised too.)
// "Author", "About the author": a label set alone under the writer's name.
const AUTHOR_LABEL_ALONE = /^(?:Author|About the [Aa]uthor|Writer)$/;
// How many words a body's name set as a page's masthead or copyright holder runs to at most.
export const MASTHEAD_BODY_WORDS = 12;
/** "Philippa Hurst, Valley Morning Herald" over "June 4 2012 - 6:00am": a byline without its "By", read as one over its date line. */
function bylineOverDateLine(c: LineContext): ReturnType<typeof unmarkedByline> {
  // (The line's own form first: it fails at once on a paragraph, where reading the next line for a date costs.)
  if (c.next === undefined) return null;
  const fields = unmarkedByline(c.line) ?? namedOverDesk(c.line);
  return fields !== null && readDateLine(c.next) !== null ? fields : null;
}

/** "Kathy Lam Wing-sze, Valley Fact Check": a name the lists know, then a desk or paper no list knows; the writer alone. */
function namedOverDesk(line: string): ReturnType<typeof unmarkedByline> {
  if (!NAME_COMMA_PAPER.test(line)) return null;
  const [name, desk] = line.split(", ") as [string, string];
  // ("Li Wei, Deputy Director": a post after the name, no desk.)
  return personNameForm(name.split(" ")) !== null && personNameForm(desk.split(" ")) === null && !POST_WORD.test(desk) ? { author: name } : null;
}

const ET_AL = /,? et al\.?$/;
const WRITERS_POST = /^(?:(?:Deputy|Vice|Senior|Chief|Assistant|Executive|Associate) )*(?:Director(?: General)?|Director-General|Professor|Researcher|Research Fellow|Fellow|Lecturer|Head|Secretary|Chair(?:man|woman|person)?|President|Dean|Economist|Analyst|Statistician), \p{Lu}/u;
const SURNAME_IN_CAPITALS = /^\p{Lu}{2,}(?: \p{Lu}\p{Ll}+(?:-\p{Ll}+)?){1,2}$|^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?: \p{Lu}\p{Ll}+)? \p{Lu}{2,}$/u;
// ("Margaret O'Donnell", "Ewan McLeod": a surname's prefix before its second capital.)
const NAME_LINE = /^[\p{Lu}][\p{Ll}'’-]+(?: (?:O['’]|Mc|Mac)?[\p{Lu}][\p{Ll}'’.-]*(?:-\p{Lu}[\p{Ll}'’.-]*)?){1,3}$/u;
// How long a byline in the body, under a standfirst, may be.
const LATE_BYLINE_CHARS = 120;
// A label alone on its line, its value on the next ("Publication date" then "Dec 2022").
const BY_OPENING = /^By\s+\p{Lu}/u;
const SOURCE_LABEL_ALONE = /^sources?\s*:?$/i;
// ("• Published Year:" over "2020": a catalogue's record, its labels as a list's items.)
const DATE_LABEL_ALONE = /^(?:[•·*] )?(?:publication date|date published|published|publication year|published year|date|posted|release date|posted on|date of award|date of publication)\s*:?$/i;
// An encyclopedia's infobox rows: "Coordinates: 38°14′40″N 105°58′18″E / ...", and a label run into its
// value, "CountryChina", "Prefecture-level cityYinchuan", "Time zoneUTC+8 (China Standard)".
const INFOBOX_ROW = /^(?:Coordinates\s*:|(?:Country|Region|Autonomous region|Province|Prefecture|Prefecture-level city|County|County-level city|Township|Town|Village|Time zone|Postal code|Area code|Elevation|Website|Licen[cs]e plate|Seat|Capital|Largest city|Municipality|Population|Area|Divisions|Township-level divisions)(?=\p{Lu}|\d))/u;
// ("Speakers", "Chairperson:" over the names: a briefing page's list of who took part, its values on the lines after.)
export const PARTICIPANTS_LABEL_ALONE = /^(?:speakers?|chairperson|chair|moderator|host|guests?|panell?ists?|participants?|venue)\s*:?$/i;
// The labels of that list that also head a turn of one person's words.
const TURN_ROLE_ALONE = /^(?:chairperson|chair|moderator|host|guest)\s*:$/i;
// ("Rural Development Briefing 2019 No.13 (1-10 July, 2019)": a bulletin's issue, named by its number and the days it
// covers, is its title, not a date line.)
const ISSUE_WITH_PERIOD = /\b(?:No\.|Issue|Vol\.) ?\d{1,4} ?\([^()]{4,40}\)$/;
const LOGO_LINK = /^(\p{Lu}[\p{L}&'’ .-]{1,60}?) logo ?Link to (\p{Lu}[\p{L}&'’ .-]{1,60})$/u;
const PRINTED_PAGE_HEADER = /^\d{1,2}\/\d{1,2}\/\d{2,4},? (?:\d{1,2}:\d{2}(?: ?[AP]M)? )?\S.{0,200} https?:\/\/\S{4,300} \d{1,3}\/\d{1,3}$/;
const AIRED_ON = /^(?:As )?(?:[Hh]eard|[Aa]ired|[Ss]een|[Bb]roadcast) on (\p{Lu}[\p{L}'’&.-]*(?: (?:of |the |and )?\p{Lu}[\p{L}'’&.-]*){0,5})$/u;
const PUBLISHED_LABEL = /\b(?:published|publication date|posted|post on|release date|released on|issued on|updated?|last updated)\b|\bdate\b/i;
// ("In Numbers", "At a glance": a brief's box of its own figures, the lines under it the text's, none the page's headline.)
const FIGURES_BOX_WORDS = "in numbers|at a glance|by the numbers|key figures|fast facts";
export const FIGURES_BOX_HEADING = new RegExp(`^(?:${FIGURES_BOX_WORDS})$`, "i");
// "Abstract", "IV. Social Rights", "2. Employment": a heading of the text, not the name of its publisher.
// "Abstract", "Transcript": a heading a text's first words stand under, never a page's headline.
// ("Summary and Key Recommendations", "Executive Summary": a report's first part, under its cover's title; the heading of a box of figures, too.)
const TEXT_OPENING_WORDS = `abstract|summary|summary and (?:key )?recommendations|executive summary|key findings|key messages|key takeaways|main findings|introduction|preface|foreword|transcript|show notes|episode notes|key points|highlights|background|${FIGURES_BOX_WORDS}`;
export const TEXT_OPENING_HEADING = new RegExp(`^(?:${TEXT_OPENING_WORDS})$`, "i");
const PLAYER_TABS = new RegExp(`^(?:${TEXT_OPENING_WORDS})(?: (?:${TEXT_OPENING_WORDS})){1,3}$`, "i");
// ("Summary*": a heading may carry the mark of a note on it.)
// ("Ⅳ. Local Poverty Alleviation": a section numbered in the roman numerals of Unicode, as Chinese sites set them.)
export const HEADING = new RegExp(String.raw`^(?:${TEXT_OPENING_WORDS}|contents|conclusion|keywords|notes|references)[*†]{0,3}$|^(?:[IVX]{1,5}|[\u2160-\u217F]{1,3}|\d{1,2}|[A-Z])[.)] `, "i");
const PUBLISHER_HEAD = /\b(?:Office|Council|Ministry|Department|Bureau|Agency|Committee|Commission|Government|Administration|Institute|Center|Centre|Organi[sz]ation|Association|Foundation|Society|Coalition|Alliance|Watch|Bank|Trust|Embassy|Consulate|News|Times|Daily|Press|Post|Television|TV|Radio|Network|Herald|Tribune|Journal|Gazette|Ledger|Magazine|Review|Monitor|Observer|Chronicle|Weekly|Online|Media|Broadcasting|Nation|Standard|Star|Express|Mail|Guardian|Telegraph|Independent|Mirror|Globe|Inquirer|Bulletin|Dispatch|Courier|Wire|Newswire|Today|Yearbook|Almanac|Audio|Studios?|Productions|Research Group|Study Group|Media Group)\b/;
// Every head word in a line, for the last of them.
const PUBLISHER_HEADS = new RegExp(PUBLISHER_HEAD.source, "g");
// ("2026 年 1 月 29 日": a day in Chinese script and nothing else on the line.)
const CHINESE_DAY_ALONE = /^\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日$/;
// ("发布时间:2021-05-23 阅读:3,127", "发表于 2020-6-2 14:08:51": the label, then the day in figures.)
const PUBLISHED_IN_CHINESE = /(?:發布|发布|發表|发表|发布时间|發佈)\S{0,3}\s*\d{4}(?:年|[-/.]\d{1,2}[-/.]\d{1,2}\b)/;
// "来源:" / "來源:": a source's label in Chinese, simplified or traditional.
const SOURCE_IN_CHINESE = /(?:来源|來源)\s*[:：]/;
// ("发布时间:2020-01-25  来源:Xinhua  阅读:1286": the source may stand before the count of reads.)
const SOURCE_NAMED_IN_CHINESE = /(?:来源|來源)\s*[:：]\s*([^\s:：|]{2,30})(?=\s|$)/u;
const ENDS_LIKE_PROSE = /[.!?:;"”)…]$/;

function hit(rule: RuleId, became: MetadataField | null = null, fields: RuleHit["fields"] = {}): RuleHit {
  return { rule, became, fields };
}

// The line's space-separated tokens are taken one at a time: a paragraph fails at its first word,
// and is not split whole first.
function isPagination(line: string): boolean {
  let numbers = 0;
  let tokens = 0;
  for (let start = 0; start <= line.length; tokens++) {
    const space = line.indexOf(" ", start);
    const end = space < 0 ? line.length : space;
    const t = line.slice(start, end);
    if (!PAGINATION_TOKEN.test(t)) return false;
    if (/^\d/.test(t)) numbers++;
    start = end + 1;
  }
  return numbers >= 2 || (numbers === 1 && tokens >= 3);
}

function isDateOrCount(line: string): boolean {
  return parseDate(line) !== null || /^[\d,.]+[KkMm]?$/.test(line);
}

// "Source: Eli Kondoh, Contributor": a writer credited as the source.
const CONTRIBUTOR = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}), (?:Contributor|Correspondent|Columnist|Staff Writer|Staff Reporter|Guest Writer)$/u;

// How many characters before its ellipsis a line cut short must share with the line under it.
const CUT_SHORT_SHARED = 24;

/** Whether `line` ends in an ellipsis after words the next line holds whole: a link's or a trail's copy of it. */
function cutShortOver(line: string, next: string): boolean {
  const ellipsis = line.endsWith("...") ? 3 : line.endsWith("…") ? 1 : 0;
  const kept = line.slice(0, line.length - ellipsis).trimEnd();
  if (ellipsis === 0 || kept.length < CUT_SHORT_SHARED) return false;
  const shared = kept.slice(-CUT_SHORT_SHARED).replace(/[,;:]$/, "");
  return next.length > shared.length + 4 && next.includes(shared);
}

// A market ticker's lines: its change ("+30.00 (+0.79%)"), an item's name and its price.
const TICKER_CHANGE = /^[+\-−]\d[\d,]*(?:\.\d+)? ?\([+\-−]\d[\d.]*%\)$/u;
const TICKER_NAME = /^[•·] \S.{0,30}$/u;
const TICKER_PRICE = /^\d{1,3}(?:,\d{3})*\.\d{2,4}$/;

// "E-mail desk@example.com Phone 0551-6517986": a site's contact details, label and value, on a line of their own.
// ("Address:3/F, C Tower, ..., Beijing 100102, PRC": a site's postal address in its footer, a postcode in it;
// "Contact: Dorjee Tseten, Tibet Action Institute, +91 7807885951": a press release's contact, a number in it.)
// ("Email: [email protected]": an address a site hid from harvesters; "P.O. Box 7240" over "53072 Bonn": a postal address a line at a time.)
const CONTACT_LINE = /^(?:(?:E-?mail|Email|Tel|Phone|Fax|Contact(?: us)?)\s*:?\s*(?:[\w.+@()-]{5,60}|\[email(?:&#160;| )protected\])\s*){1,4}$|^(?:P\.? ?O\.? Box|Postfach) \d{1,6}$|^Address\s*:\s*\S.{0,160}\b\d{5,6}\b.{0,40}$|^(?:Media |Press )?Contacts?\s*:\s*[^:]{1,120}(?:\+?\d[\d -]{6,}\d|@\S+)\s*$/i;
const POSTCODE_AND_CITY = /^\d{4,6} \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;
// (Only the source: a listing of papers sets "作者：" over each, whose writers are not the page's.)
const CHINESE_LABEL_OPENING = /^(?:来源|來源)\s*[:：]/u;
const CHINESE_BEFORE_LABEL = /^[\u3400-\u9fff]{1,8}\s*(?=\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}\s*:)/u;
const CJK_NAME_AFTER = /\s*[(（][\u3400-\u9fff]{2,20}[)）]$/u;
// ("《中国经济学人》(China Economist)2021年第2期": a journal's Chinese name in its marks, the English one, then the issue.)
const CJK_TITLE_THEN_ENGLISH = /^《[^《》]{1,30}》\s*[(（]([^()（）]{2,60})[)）]\s*(?:\d{4}\s*年\s*第?\s*\d{1,3}\s*期)?$/u;
// A label that names where a page's copy came from.
const SOURCE_LABEL = /\b(?:Source|From|Publisher)\s*:/i;
// Where a source's name ends and the credit of who edited or translated the copy begins.
const EDITING_CREDIT = /\s*;\s*|,\s*(?=(?:Trans-?editing|Editing|Edited|Translated|Translation|Compiled) by\b)/;

/** "Source: Xinhua | Published: 2020-11-23 16:40 | Editor: Wu Lan": each label's value, bars dropped. */
function labelledFields(line: string): RuleHit["fields"] {
  const fields: RuleHit["fields"] = {};
  const labels = [...line.matchAll(ANY_LABEL)];
  labels.forEach((m, k) => {
    const end = k + 1 < labels.length ? labels[k + 1]!.index : line.length;
    // "Source: Xinhua| 2020-09-17 10:08:45|Editor: x": a bar ends a value; a date beside it dates the page.
    // ("Reporter: Meng Qingsheng 丨 CCTV.com": a Chinese page's bar, a character like "|", parts them too.)
    const [first = "", ...others] = line.slice(m.index + m[0].length, end).split(/\s*[|•·丨]\s*/u).map((p) => p.trim());
    let field = fieldOfLabel(m[1]!);
    // ("Source: Xinhua,; Trans-editing by Wang Shixue": who edited the translation is no part of the source.)
    // ("China Pictorial(人民画报)": the name in Chinese after the English one is the same name.)
    let value = field === "outlet" ? first.split(EDITING_CREDIT)[0]!.replace(JOURNAL_ISSUE_AFTER, "").replace(/\s*,$/, "").replace(CJK_NAME_AFTER, "").replace(CJK_TITLE_THEN_ENGLISH, "$1") : first;
    // ("Publication: China Brief Volume: 24 Issue: 5": a journal with its volume and issue is the outlet.)
    const journal = field === "title" && m[1]!.toLowerCase() === "publication" ? JOURNAL_WITH_VOLUME.exec(value) : null;
    if (journal) {
      fields.outlet ??= journal[1]!;
      field = null;
    }
    // ("Source: Eli Kondoh, Contributor": a writer credited as the source, by what they are to the site.)
    const contributor = field === "outlet" ? CONTRIBUTOR.exec(value) : null;
    if (contributor) {
      fields.author ??= contributor[1]!;
      field = null;
    }
    // ("Source:China Tibet News 2019年01月02日 16:38", "Author: Nurgul Abla    2021-03-19 10:26": a source's or a writer's
    // name with the page's date set after it, no bar between; the date line names that one and no other.)
    const dated = field === "outlet" || (field === "author" && /\d/.test(value)) ? readDateLine(value) : null;
    const named = field === "outlet" ? dated?.outlet : dated?.author;
    if (dated && named && (field === "outlet" ? dated.author : dated.outlet) === null && value.startsWith(named)) {
      fields[field as "outlet" | "author"] ??= named;
      fields[dated.field] ??= dated.value;
      field = null;
    }
    // ("Liang Wenhui (Guangxi Academy of Social Sciences) and Karin Holmberg (independent consultant)": where each
    // writer works, in brackets after the name, is no part of it.)
    // ("Ingrid Solheim (Task Team Leader) and Liu Chang (Rural" where a report's cover wraps the line: a post left open too.)
    if (field === "author") value = value.replace(/ \([^()]{2,80}\)/g, "").replace(/ \([^()]{0,80}$/, "");
    // ("Prepared by: Centre for Rural Development Assessment, Xinjiang University": a body that prepared a report publishes
    // it; its writers, if named, stand on lines of their own.)
    // ("Prepared by: Nurlan Abenov (team leader) and Li Jiaying, Agriculture and Rural Development Division, East Asia
    // Department": writers, then the unit they work in, which is no writer.)
    if (field === "author" && /^prepared by/i.test(m[1]!) && INSTITUTION.test(value)) {
      if (personNameForm(value.split(/,| and /)[0]!.split(" ")) === null) field = "outlet";
      else {
        const pieces = value.split(", ");
        const unitAt = pieces.findIndex((piece) => INSTITUTION.test(piece) || /\bDivision\b/.test(piece));
        if (unitAt > 0) value = pieces.slice(0, unitAt).join(", ");
      }
    }
    // ("author:Observer.com": a site's address credited as the author is the outlet, and names no writer.)
    if (field === "author" && SITE_NAME.test(value)) field = "outlet";
    // ("Source: http://www.youtube.com/watch?v=...": a link to a video names no publisher.)
    if (field === "outlet" && /^https?:\/\/\S+\/\S/.test(value)) field = null;
    // ("author:Xinhuanet client": the app the copy came through; a word in lower case is no part of a writer's name.)
    if (field === "author" && LOWER_CASE_WORD.test(value)) field = null;
    // ("Corresponding author: h.ma@example.ac.uk": a writer's address, which names no one.)
    if (field === "author" && E_MAIL_ALONE.test(value)) field = null;
    // ("Source: [1]": a note's number names no one.)
    // ("Title: CHINA-TIBETANS/HERDERS China seeks hearts and minds ...": a wire's filing slug before the headline is no part of it.)
    if (field === "title") value = value.replace(WIRE_SLUG, "");
    // ("来源:中国日报网 | Source: China Daily": a bilingual page's label in each script; the name in English is the one taken.)
    const inChineseOnly = !!field && /^[\p{Script=Han}\s]+$/u.test(fields[field] ?? "a") && /^\p{Script=Latin}/u.test(value);
    if (field && inChineseOnly) fields[field] = value;
    else if (field && value !== "" && (/\p{L}/u.test(value) || (field !== "outlet" && field !== "author"))) fields[field] ??= value;
    // "Updated: 2021-05-21 (Xinhua) Print": a date label's value may name the outlet too.
    if ((field === "published" || field === "updated") && fields.outlet === undefined) {
      const dated = readDateLine(value);
      if (dated?.outlet) fields.outlet = dated.outlet;
      // ("Updated: Apr 27, 2020 By AYBEK ASKHAR and MAO WEIHUA in Kashgar, ...": and the writers.)
      if (dated?.author) fields.author ??= dated.author;
    }
    // ("Editor: Wang Shixue   2018-03-12 18:20:54": the page's date set after the editor's name, with no bar between.)
    const besideEditor = field === null && m[1]!.toLowerCase() === "editor" ? readDateLine(`Editor: ${value}`) : null;
    if (besideEditor) fields[besideEditor.field] ??= besideEditor.value;
    for (const other of others) {
      const dated = other === "" ? null : readDateLine(other);
      // ("Source: Gansu Daily | Updated: 2020-11-24 10:35 | By Ma Xiaoqin and Zhang Wei": the writers after the last bar.)
      const byline = dated === null && /^By\s/.test(other) ? parseByline(other) : null;
      if (dated) fields[dated.field] ??= dated.value;
      else if (byline?.author !== undefined) fields.author ??= byline.author;
      // ("Reporter: Meng Qingsheng | CCTV.com": the site the writer works for, after the bar.)
      else if (field === "author" && (SITE_NAME.test(other) || namesPublisher(other))) fields.outlet ??= other;
    }
  });
  return fields;
}

/**
 * "Outlet | December 11, 2019", "Outlet, March 9, 2017", "date 2019-05-06", "Site.comUpdated: May 2,
 * 2018", "1550514612000": the date (as publication or update date) and any outlet beside it.
 */
export function parseDateline(line: string): RuleHit["fields"] | null {
  if (/^By\s/.test(line)) return null;
  const dated = readDateLine(line);
  if (dated === null) return null;
  const fields: RuleHit["fields"] = { [dated.field]: dated.value };
  // ("RESULTS BRIEFS March 18, 2014": the kind of piece beside the day is the page's section, no outlet.)
  if (dated.outlet !== null && KIND_OF_PIECE.test(dated.outlet)) fields.section = dated.outlet;
  // ("April 28, 1998 Public Disclosure Authorized": a development bank's stamp beside the day names no outlet; nor does a
  // data sheet's label for the day, "Date PID Prepared/Updated 02-Mar-2016".)
  // ("(Exchange Rate Effective February 28, 2017)": a line wholly in brackets, words no publisher's name before the day,
  // dates a figure the page gives; "(China Daily 11/12/2019 page 4)" still credits the paper.)
  else if (dated.outlet !== null && !DISCLOSURE_STAMP.test(dated.outlet) && !DATE_FIELD_LABEL.test(line) && !(/^\(.*\)$/.test(line) && !namesPublisher(dated.outlet))) fields.outlet = dated.outlet;
  if (dated.author !== null) fields.author = dated.author;
  return fields;
}

type Rule = (c: LineContext) => RuleHit | null;

// ("FOR OFFICIAL USE ONLY": a lender's restriction stamped on a report's cover, no title.)
const DISCLOSURE_STAMP = /^(?:(?:Public Disclosure (?:Authorized|Authorised|Copy)|For Official Use Only)\s*)+$/i;
const DATE_FIELD_LABEL = /^(?:\p{Lu}\p{Ll}+ )?Date (?:\p{Lu}{2,5} )?(?:of )?\p{Lu}\p{Ll}+(?:\/\p{Lu}\p{Ll}+)?\b/u;

/** Whether a line is a date line naming no outlet or writer that opens on its date (of `precision`, when given). */
function opensOnBareDay(line: string, precision?: DatePrecision): boolean {
  const day = readDateLine(line);
  return day !== null && day.outlet === null && day.author === null && findDates(line).some((d) => d.start === 0 && (precision === undefined || d.precision === precision));
}

// A citation in the form medical indexes print: journal, year month day, volume(issue):pages, and its DOI.
// (". 2022 Mar 14;8(3):e09127. doi: ...": an archive's copy of the citation may leave the journal's name out.)
const JOURNAL_CITATION = /^(?:(\p{Lu}[\p{L}&'’ .-]{1,80}?)\. |\. ?)(\d{4}(?: \p{Lu}\p{Ll}{2}(?: \d{1,2})?)?);\s?\d{1,4}(?:\(\d{1,4}\))?:[\w-]{1,20}\.(?:\s+doi:\s*\S+)?$/u;

// A web address alone on its line; "loessquarterly.org/long-read/..." under a link post's title, without its scheme.
const WEB_ADDRESS_ALONE = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\/\S+$/i;

const ARTICLE_FROM = /^This (?:article|story|report|piece) (?:is|was|comes) from (?:the )?(\p{Lu}[\p{L}'’&-]*(?: (?:\p{Lu}[\p{L}'’&-]*|of|and|for|the)){0,8})(?: (?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?)?\.?$/u;
const WIKI_COPY = /^This article is issued from Wikipedia(?: - version of the (\d{1,2}\/\d{1,2}\/\d{4}))?\b|\buses material from the Wikipedia article\b|^Retrieved from "?https?:\/\/[a-z]{2,3}\.(?:m\.)?wikipedia\.org\//;
const PRINT_EDITION = /^This (?:article|story) (?:appeared|was published|ran) in (?:the )?(\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,6}) (?:print |weekly |Sunday |international )?edition\b/u;

const ISSUE_MONTH = new RegExp(`^(?:${MONTH_PATTERN})\\.? \\d{4}$`);
const ISSUE_MONTH_AND_CITY = new RegExp(`^(?:${MONTH_PATTERN})\\.? \\d{4}, \\p{Lu}\\p{Ll}+$`, "u");
// A body's name alone, in capitalised words with their small ones ("The State Council Information Office of the
// People's Republic of China"), and the head words of an office that issues documents.
const BODY_NAME = String.raw`(?:The )?\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|the|and|for)){2,16}`;
export const BODY_NAME_LINE = new RegExp(`^${BODY_NAME}$`, "u");
export const BODY_NAME_ALONE = new RegExp(`^(${BODY_NAME})$`, "gmu");
export const ISSUING_BODY = /\b(?:Office|Council|Ministry|Commission|Government|Administration|Bureau|Department)\b/;
const REPOSTER_CREDIT = /^\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,3} (?:Editor|Admin)$/u;
// (Not a sentence about the person: "Lukas Brenner, who studies pastoral policy at the University of Vienna, counted 42
// notices.")
const AUTHOR_AND_INSTITUTION = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}) ?, (?!(?:who|which|whose|whom)\b)(?:[^,;]{0,60} )?(?:University|Institute|Academy|College|Centre|Center|School|Laboratory)\b[^;:]{0,80}(?<!\p{Ll}\.)$/u;

// A table's row read out as text: a short label, then two figures or more, "Ningxia 14.2 8.9", "2018 | 11,104 | 10.8".
// ("432,000 296,000 268,000 151,000": a row of figures alone, its labels on the row above.)
const TABLE_ROW = /^[^\d|]{0,40}(?:(?:^| )(?:\| )?-?\d[\d,.]*%?){2,12}(?: \|)?$/;

// The gap between a table's columns as the page sets it, wider than a space between words.
const COLUMN_GAP = /\S\s{3,}(?=\S)/g;

/** The rules in the order they are tried; the first that matches a line decides it. */
// How many words a paper's name under a byline has at most.
const PAPER_UNDER_BYLINE_WORDS = 6;
const SHOW_COVER = /^(\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&)){0,5}) (?:cover (?:image|art)|podcast cover|artwork)$/u;
const TRANSLATOR_BYLINE = /^Translated by (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) [·•|] ([^·•|]{6,30}?\d{4})(?: [·•|] [\d,]{1,7} Comments?)?$/u;
const JOURNAL_YEAR_ADDRESS = /^(\p{Lu}[\p{L} &,:'’-]{2,120}?\p{Ll})((?:19|20)\d{2})https?:\/\/(?:dx\.)?doi\.org\/\S{4,120}?(?:article|review|chapter|book)?$/u;
const AFFILIATION_MARKS = /^\d{1,2}(?:, ?\d{1,2}){0,5},?\*?,?(?: and)?$/;
const PAPER_WITH_COUNTRY = /^(\p{Lu}[^()]{1,60}?) \((?:People['’]s Republic of China|PRC|China|USA|UK|Hong Kong|India|Pakistan|Nepal)\)$/u;
const SEE_HERE_LINK = /^(?:See|Click) here (?:for|to) [^.!?]{3,80}$/;
const DROPDOWN_MENUS = /^(?:[^▾▼⌄]{1,30} [▾▼⌄] ?){1,4}$/u;
const DASHED_NAME_IN_CAPITALS = /^[-–—] (\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){1,2})$/u;
const NO_PICTURE = /^No (?:cover )?(?:photo|image|picture|thumbnail)(?: available)?$/i;
const JOURNAL_LABEL_ALONE = /^(?:[•·*] )?(?:Journal|Journal title|Periodical|Newspaper)\s?:$/;
const SURNAME_INITIALS_ITEM = /^[•·*] (\p{Lu}[\p{L}'’-]+, (?:\p{Lu}\.(?: |-)?){1,3})$/u;
const AUTHORS_LABEL_ALONE = /^Authors?\s?:$/;
// The kinds of work a research network files a paper under ("Conference Paper", "Preprint", ...).
const WORK_KINDS = "Article|Research|Preprint|Conference Paper|Thesis|Chapter|Book|Technical Report|Working Paper|Data|Presentation|Poster";
const REPOSITORY_KIND = new RegExp(`^(?:${WORK_KINDS}) · (?:PDF|Full-text) [Aa]vailable$`);
const ARCHIVE_NOTE = /^(?:Note|Disclaimer)\s?:\s.{20,400}$/;
const ARCHIVE_NOTE_LINES = 3;
const NETWORK_COVER = /^(?:See discussions, stats, and author profiles for this publication at:.{0,200}|CITATIONS\s+READS|\d{1,3} authors?(?:, including)?:|(?:\d[\d,]* PUBLICATIONS\s+\d[\d,]* CITATIONS\s*){1,4}|(?:SEE PROFILE\s*){1,4}|Some of the authors of this publication are also working on these related projects:|.{1,120} View project|All content following this page was uploaded by .{2,80} on \d{1,2} \p{L}+ \d{4}\.|The user has requested enhancement of the downloaded file\.)$/u;
const WORK_KIND_AND_MONTH = new RegExp(`^(?:Research Proposal|${WORK_KINDS}) · ((?:${MONTH_PATTERN}) \\d{4})$`);
const FOLLOW_WRITER = /^You can follow @(\w{2,30})\.?$/;
const POSTER_HANDLE = /(?:posted by\s+)?\bu\/([\w-]{2,30})/i;
const DAY_LABEL_OPENING = /^(?:Published|Updated|Posted|Last updated)\s?:\s?\S/i;
const AGE_BANNER = /^This (?:article|story|page|post|piece) is (?:more|over) than (?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old$/i;
const VOLUME_AND_DOI = /^Volume \d{1,4} - \d{4} \| https?:\/\/(?:dx\.)?doi\.org\/\S{4,120}$/;
const RESEARCH_TOPIC = /^This article is part of the Research Topic\b.{0,200}$/;
// How long a name set twice runs, and how long a line of them may be.
const DOUBLED_NAME_CHARACTERS = 40;
const DOUBLED_NAMES_LINE = 400;
const NAME_OF_WORDS = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** The names of a line made of nothing but names each written twice over ("Tashi DorjeTashi Dorje2"), or null. */
function namesSetTwice(line: string): string[] | null {
  if (line.length > DOUBLED_NAMES_LINE) return null;
  const names: string[] = [];
  let i = 0;
  while (i < line.length) {
    let length = 0;
    for (let n = 3; n <= DOUBLED_NAME_CHARACTERS && i + 2 * n <= line.length; n++) {
      if (line.startsWith(line.slice(i, i + n), i + n) && NAME_OF_WORDS.test(line.slice(i, i + n))) {
        length = n;
        break;
      }
    }
    if (length === 0) return null;
    names.push(line.slice(i, i + length));
    i += 2 * length;
    // (The affiliation's number, the corresponding author's star, a comma.)
    while (i < line.length && /[\d*,†‡ ]/.test(line[i]!)) i++;
  }
  return names.length > 0 ? names : null;
}

export const CHROME_RULES: readonly Rule[] = [
  // ("Jike Muga*   Laura Bennett†   Luo Wenjie*" under a paper's title: its writers, each with the mark of their note, set
  // apart by spaces as a menu's items are; read before any menu's rule.)
  (c) => {
    const marked = c.inHeader ? markedWriters(c.line) : null;
    return marked ? hit("byline", "author", { author: marked.join("; ") }) : null;
  },
  // (A paper repository's cover page over the paper: "A Service of", "Make Your Publications Visible.", its terms of use
  // in two languages, "This Version is available at:", "Suggested Citation: ..." are the repository's; "Provided in
  // Cooperation with:" over "Centre for Rural Development Economics (CRDE), Northfield University" names the body that
  // issued the paper.)
  (c) => {
    if (REPOSITORY_COVER_LABEL.test(c.line) || (c.previous !== undefined && REPOSITORY_TERMS_LABEL.test(c.previous))) return hit("labelled-metadata");
    if (c.previous === undefined || !PROVIDED_WITH.test(c.previous)) return null;
    const body = /^[^,(]{3,120}/.exec(c.line)?.[0].trim();
    return body !== undefined && /^\p{Lu}/u.test(body) ? hit("outlet-line", "outlet", { outlet: body }) : hit("labelled-metadata");
  },
  // ("BMC Public Health. 2021 Mar 3;21(1):455. doi: 10.1186/...": an index's citation of the paper over its title, the
  // journal that published it and when.)
  (c) => {
    const cited = c.inHeader ? JOURNAL_CITATION.exec(c.line) : null;
    if (!cited) return null;
    return cited[1] !== undefined ? hit("labelled-metadata", "outlet", { outlet: cited[1], published: cited[2]! }) : hit("dateline", "published", { published: cited[2]! });
  },
  // ("International Department of the CPC Central Committee       BEIJING REVIEW": a print page's masthead set in
  // columns, the paper's name the one in capitals.)
  (c) => {
    const columns = c.inHeader && (c.lineIndex ?? Infinity) <= 2 && !/\d/.test(c.line) ? c.raw.trim().split(/ {4,}|\t+/) : [];
    const named = columns.length === 2 ? columns.filter((part) => part === part.toUpperCase() && /\p{Lu}{3}/u.test(part)).map(nameCased).find(looksLikePublisher) : undefined;
    return named === undefined ? null : hit("outlet-line", "outlet", { outlet: named });
  },
  // ("By Daniel Ke" over "Daniel Ke" over "Daniel Ke": a writer's name a template sets again under the byline, no outlet's.)
  (c) => (c.inHeader && c.previousRule === "byline" && c.previous !== undefined && c.previous.endsWith(c.line) && personNameForm(c.line.split(" ")) !== null ? hit("byline") : null),
  // ("(Mianyang News) (edited by Wu Songyun, Ji Jianjun; reporter, YuanYuan)" under the title: the paper, then its
  // editors, who are no byline, and its reporter, who is. Read once the title is known, so that set under a
  // subtitle the line does not make the subtitle the headline.)
  (c) => {
    const credits = c.inHeader && c.title !== undefined ? PAPER_AND_STAFF.exec(c.line) : null;
    if (!credits || !namesPublisher(credits[1]!.trim())) return null;
    const reporter = /\breporters?\s*[,:]?\s+([^;()]{2,80}?)\s*$/i.exec(credits[2]!)?.[1];
    return hit("labelled-metadata", "outlet", reporter ? { outlet: credits[1]!.trim(), author: reporter.split(/\s*,\s*|\s+and\s+/).join("; ") } : { outlet: credits[1]!.trim() });
  },
  // ("— Tang Wenhui, Vice Minister of Agriculture of ..." under a speech's title: who gave it, and their post.)
  (c) => {
    const giver = c.inHeader ? DASH_NAME_POST.exec(c.line) : null;
    return giver && personNameForm(giver[1]!.split(" ")) !== null ? hit("byline", "author", { author: giver[1]! }) : null;
  },
  // ("Information Office of the State Council of the People's Republic of China" over "December 2016, Beijing": a
  // white paper's issuing office over the month and city of its issue.)
  // (Under the title, over the month alone: "Information Office of the People's Government of ..." over "June 2022".)
  (c) => (c.inHeader && c.next !== undefined && (ISSUE_MONTH_AND_CITY.test(c.next) || (c.title !== undefined && ISSUE_MONTH.test(c.next))) && BODY_NAME_LINE.test(c.line) && ISSUING_BODY.test(c.line) ? hit("outlet-line", "outlet", { outlet: c.line.replace(/^The /, "") }) : null),
  // ("FAN Editor" under a reposted story's headline: the reposting site's staff credit, which names no writer.)
  (c) => (c.inHeader && REPOSTER_CREDIT.test(c.line) ? hit("byline") : null),
  // ("Workers sort tea leaves at a cooperative" over "Workers sort tea leaves at a cooperative in ..., 2019. REUTERS/Jo Roe":
  // a picture's alt text over its caption.)
  (c) => (c.next !== undefined && c.next.length > c.line.length && c.next.startsWith(c.line) && isPhotoCaption(c.next) ? hit("image-file") : null),
  // ("Xu Lanying , University of Michigan" under a paper's title, a line per author: each writer and where they work.)
  (c) => {
    const author = c.inHeader && (c.lineIndex ?? Infinity) <= FRONT_MATTER_REACH ? AUTHOR_AND_INSTITUTION.exec(c.line) : null;
    return author && personNameForm(author[1]!.split(" ")) !== null ? hit("byline", "author", { author: author[1]! }) : null;
  },
  // ("Dilnur Abdukerim a,⁎" under a paper's title: its writer, with the marks that point to the affiliation and the
  // corresponding author's note.)
  (c) => {
    const marked = c.inHeader ? AUTHOR_WITH_MARKS.exec(c.line) : null;
    return marked && personNameForm(marked[1]!.split(" ")) !== null ? hit("byline", "author", { author: marked[1]! }) : null;
  },
  // ("Pieter van Dam" over "Pieter's Travel Map | Pieter's Blogs": a writer's name over the links to their own pages.)
  (c) => {
    const name = c.inHeader && c.next !== undefined ? WRITER_NAME_WITH_PARTICLES.exec(c.line) : null;
    return name && c.next!.startsWith(`${name[1]}'s `) && c.next!.includes(" | ") ? hit("byline", "author", { author: c.line }) : null;
  },
  (c) => {
    // (The links themselves, each the writer's: "Pieter's Travel Map | Pieter's Blogs".)
    const owner = c.previousRule === "byline" ? /^(\p{Lu}\p{Ll}+['’]s) /u.exec(c.line)?.[1] : undefined;
    return owner !== undefined && c.line.includes(" | ") && c.line.split(" | ").every((p) => p.startsWith(`${owner} `)) ? hit("site-navigation") : null;
  },
  // ("October 14, 2020 @ 8:52 am | Comment": the stamp under a blog's comment, its day, time and reply button.)
  (c) => {
    const day = COMMENT_STAMP.test(c.line) ? findDates(c.line)[0] : undefined;
    return day !== undefined && day.start === 0 ? hit("comment-widget") : null;
  },
  // ("Con" / "Andrew Pettifer" / "Harrowfield North" over the words: a debate's record names each member between
  // their party and their seat; the party and the seat go, the name stays over the words.)
  (c) => {
    // (Labels of the member, not a forum member's profile, whose handle the page's author would be.)
    if (PARTY_ALONE.test(c.line) && c.next !== undefined && NAME_LINE.test(c.next)) return hit("labelled-metadata");
    const seat = c.twoBack !== undefined && PARTY_ALONE.test(c.twoBack) && c.previous !== undefined && NAME_LINE.test(c.previous);
    return seat && SEAT_NAME.test(c.line) ? hit("labelled-metadata") : null;
  },
  // ("Ines Marchetti Profile picture" / "Ines Marchetti" / "@ines_marchetti" / "Researcher, labour & supply chains.": an
  // unrolled thread's writer, by the picture's caption, then their name, handle and bio, which are no text.)
  (c) => {
    if (!c.inHeader) return null;
    const pictured = picturedName(c.line);
    if (pictured !== null) return hit("byline", "author", { author: pictured });
    const named = picturedName(c.previous ?? "");
    if (named !== null && c.line === named) return hit("byline");
    // ("Rural sociologist. Qinghai fieldwork. Views my own." under the picture's caption, over the thread's day: the bio alone.)
    if (named !== null && c.next !== undefined && readDateLine(c.next) !== null && wordCount(c.line) <= PROFILE_BIO_WORDS) return hit("member-profile");
    // ("Oskar Lindqvist" over "@mirage_of_numbers": the writer's name over their handle.)
    // ("Lin Qiaoyun 林巧云" over "@lin_qiaoyun": the name may be followed by itself in Chinese script.)
    const shown = c.line.replace(NAME_IN_HAN_AFTER, "");
    if (BARE_HANDLE.test(c.next ?? "") && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(shown) && !isNotNameWord(shown.split(" ")[0]!)) return hit("byline", "author", { author: shown });
    if (BARE_HANDLE.test(c.line) && c.previousRule === "byline") return hit("byline");
    // (The bio under the handle, the profile's last line.)
    return BARE_HANDLE.test(c.previous ?? "") && c.previousRule === "byline" && readDateLine(c.line) === null ? hit("member-profile") : null;
  },
  // ("Posted on:2021-06-09Degree:MasterType:Thesis", "Country:ChinaCandidate:H R MaFull Text:PDF": a thesis site's
  // record with its labels run into the values before them; the candidate wrote it, and it was posted that day.)
  (c) => {
    if (!c.inHeader || !GLUED_LABEL_RUN.test(c.line)) return null;
    const fields: RuleHit["fields"] = {};
    const labels = [...c.line.matchAll(GLUED_LABEL)];
    labels.forEach((m, k) => {
      const value = c.line.slice(m.index + m[0].length, labels[k + 1]?.index ?? c.line.length).trim();
      const label = m[1]!.toLowerCase();
      if ((label === "candidate" || label === "author") && value !== "") fields.author = value;
      if ((label === "posted on" || label === "date") && parseDate(value)) fields.published = value;
    });
    return hit("labelled-metadata", fields.author !== undefined ? "author" : fields.published !== undefined ? "published" : null, fields);
  },
  // ("Reviewed by:" over "• Daniel Whitcombe (bio)": a journal's reviewer or writer, with the link to their biography.)
  (c) => {
    const bio = c.inHeader ? NAME_WITH_BIO.exec(c.line) : null;
    return bio && !looksLikePublisher(bio[1]!) ? hit("byline", "author", { author: bio[1]! }) : null;
  },
  // ("Tenzin Norbu" over "Former primary school teacher in Nagqu · Updated Mar 3, 2021": an answer's writer, then
  // who they say they are and when they answered; no date of the page's, which is the question's.)
  (c) => {
    const credential = c.previous !== undefined && ANSWERER_NAME.test(c.previous) ? CREDENTIAL_AND_DAY.exec(c.line) : null;
    return credential && findDates(credential[1]!).length > 0 ? hit("forum-header") : null;
  },
  // ("News provided by" over "Mountain Lantern Education Foundation", "SOURCE Mountain Lantern Education Foundation"
  // at the foot: a release service names the body that issued the release, not itself.)
  // (The label itself is no headline.)
  (c) => {
    if (PROVIDED_BY_LABEL.test(c.line)) return hit("labelled-metadata");
    const issuer = c.previous !== undefined && PROVIDED_BY_LABEL.test(c.previous) ? c.line : RELEASE_SOURCE.exec(c.line)?.[1];
    // ("Kunlun Harvest Technology Co., Ltd.": a company's form may end on its stop.)
    return issuer !== undefined && wordCount(issuer) <= 10 && /^\p{Lu}/u.test(issuer) && !/[.!?]$/.test(issuer.replace(COMPANY_FORM_AT_END, "")) ? hit("labelled-metadata", "outlet", { outlet: issuer }) : null;
  },
  // ("From Ningxia Hui Autonomous Region Department of Human Resources and Social Security" just under the headline: the
  // body a paper's reprinted release comes from.)
  (c) => {
    const from = c.inHeader && c.afterTitleOrDateline ? FROM_BODY.exec(c.line) : null;
    return from && looksLikePublisher(from[1]!) ? hit("labelled-metadata", "outlet", { outlet: from[1]! }) : null;
  },
  // ("Pacific Wire" over "Mar 9, 2022" under the headline and its picture: the publisher's name alone over the day.)
  (c) => {
    if (!c.inHeader || c.next === undefined || wordCount(c.line) > PUBLISHER_OVER_DAY_WORDS || !looksLikePublisher(c.line) || isHeadingInCapitals(c.line)) return null;
    // ("Home » Asia » China Weekly Digest 7" over "China Weekly Digest 7": the trail's last step, set again, is the post's title.)
    const trailEnd = c.previous !== undefined && c.previous.endsWith(` ${c.line}`) && /[»>›/|]$/u.test(c.previous.slice(0, -c.line.length).trimEnd());
    return opensOnBareDay(c.next) && !trailEnd ? hit("outlet-line", "outlet", { outlet: c.line }) : null;
  },
  // ("Lin Qiaoyu" over "Jun 19, 2024" under a newsletter post's title and subtitle: the writer's name alone over the day.)
  (c) => {
    // (Under a standfirst the header has ended; the writer's line still stands near the top.)
    // ("Harriet Lowe in Xiji and Yinchuan" over "August 14, 2018": with the places the writer reported from.)
    const name = c.line.replace(REPORTED_FROM, "");
    if (!(c.inHeader || (c.lineIndex ?? Infinity) <= WRITER_OVER_DAY_LINES) || c.next === undefined || name.length > 40 || personNameForm(name.split(" ")) === null) return null;
    // ("Lorna Tse in Beijing" over "Published: 7:15pm, 9 Apr, 2021": or over the day its label names.)
    const labelledDay = DAY_LABEL_OPENING.test(c.next) ? readDateLine(c.next) : null;
    // ("Helen Marsh in Lanzhou and Wang Qiao": a second writer after the place the first reported from.)
    const second = / and (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})$/u.exec(c.line.slice(name.length));
    const writers = second !== null && personNameForm(second[1]!.split(" ")) !== null ? `${name}; ${second[1]}` : name;
    // ("Helen Marsh" over "Jike Axia" over "Zhou Peilin" over "November 2021": a report's writers one to a line over its day.)
    const nameAlone = (line: string | undefined) => line !== undefined && line.length <= 40 && personNameForm(line.split(" ")) !== null;
    const listed = name === c.line && nameAlone(c.next) && (nameAlone(c.twoAhead) || (c.twoAhead !== undefined && opensOnBareDay(c.twoAhead)));
    // ("Aigerim Nurlanqyzy" over "Lived in Burqin County, Altay Prefecture (2009–2019)" over "·" over "Dec 2, 2020": an
    // answer's writer over the line that says who they are, the dot before the day.)
    const credentialled = name === c.line && c.next.length <= CREDENTIAL_LENGTH && !/[.!?]$/.test(c.next) && c.twoAhead === "·";
    return listed || credentialled || opensOnBareDay(c.next, "day") || (labelledDay !== null && labelledDay.outlet === null && labelledDay.author === null) ? hit("byline", "author", { author: writers }) : null;
  },
  // ("Thread: Tibet herders moved into towns - good or bad?" under a board's trail: the thread's title, labelled.)
  (c) => {
    const thread = c.inHeader && (c.lineIndex ?? Infinity) <= FORUM_HEADER_LINES ? THREAD_LABEL.exec(c.line) : null;
    return thread ? hit("labelled-metadata", "title", { title: thread[1]! }) : null;
  },
  // ("Field Notes China from Harbourline Media" over "March 9, 2024": a podcast page's show, from its publisher, over the
  // episode's day; the episode's picture is named for the episode, "<title> artwork", over its title.)
  (c) => {
    if (!c.inHeader) return null;
    if (c.line.endsWith(ARTWORK_SUFFIX) && c.next === c.line.slice(0, -ARTWORK_SUFFIX.length)) return hit("image-file");
    const show = c.next !== undefined ? SHOW_FROM_PUBLISHER.exec(c.line) : null;
    return show && namesPublisher(show[1]!) && readDateLine(c.next!) !== null ? hit("outlet-line", "outlet", { outlet: show[1]! }) : null;
  },
  // ("Thread starter kiwi_in_kaili" over "Start date Mar 14, 2022" under a board thread's title: who opened the
  // thread and on which day, the page's writer and date.)
  (c) => {
    if (!c.inHeader) return null;
    const starter = THREAD_STARTER.exec(c.line);
    // (Labels, so surer than a byline or date of an article a post quotes in full.)
    if (starter) return hit("labelled-metadata", "author", { author: starter[1]! });
    // (Not a project's "Start date: 1 September 2019" over its "End date: ...": the span of the work, no post's day.)
    const started = /^End date\b/i.test(c.next ?? "") ? null : THREAD_START_DATE.exec(c.line);
    return started && parseDate(started[1]!) ? hit("labelled-metadata", "published", { published: started[1]! }) : null;
  },
  // ("Village Voices by Xinhua" under "Village Voices: What Happens After ...": a show's name, which the episode's title
  // opens with, and the publisher that makes it.)
  (c) => {
    const show = c.inHeader && c.title !== undefined ? SHOW_BY_PUBLISHER.exec(c.line) : null;
    return show && c.title!.startsWith(show[1]!) && namesPublisher(show[2]!) ? hit("outlet-line", "outlet", { outlet: show[2]! }) : null;
  },
  // ("[From the U.S. Government Publishing Office]": a printed record's note naming who printed it.)
  (c) => {
    const printer = c.inHeader && (c.lineIndex ?? Infinity) <= 2 ? FROM_THE_PRINTER.exec(c.line) : null;
    return printer && namesPublisher(printer[1]!) ? hit("outlet-line", "outlet", { outlet: printer[1]! }) : null;
  },
  // ("China: Poverty Alleviation and Labour Transfers - 14 March 2023 (Commons/Westminster Hall)": a debate's record,
  // its title, the day and the chamber it sat in.)
  (c) => {
    const debate = c.inHeader ? TITLE_DAY_CHAMBER.exec(c.line) : null;
    return debate && findDates(debate[2]!).length === 1 ? hit("labelled-metadata", "title", { title: debate[1]!, published: debate[2]! }) : null;
  },
  // (A legislature's record under its title: where and when the house sat, the day a written question was asked and
  // answered, the daily record's issue and the chamber; see member-labels.ts.)
  (c) => {
    const sitting = c.inHeader ? SITTING_LINE.exec(c.line) ?? VOLUME_DEBATED.exec(c.line) ?? RECORD_CITATION.exec(c.line) : null;
    if (sitting) return findDates(sitting[1]!).length === 1 ? hit("labelled-metadata", "published", { published: sitting[1]! }) : null;
    if (c.inHeader && ASKED_ON.test(c.line)) return hit("labelled-metadata");
    const issue = c.inHeader && (c.lineIndex ?? Infinity) <= 1 ? RECORD_ISSUE_TITLE.exec(c.line) : null;
    if (issue) return hit("labelled-metadata", "title", { title: issue[1]!, outlet: issue[2]! });
    const chamber = c.inHeader ? CHAMBER_AND_DAY.exec(c.line) : null;
    if (chamber) return hit("dateline", "published", { published: chamber[1]! });
    const answered = ANSWERED_ON.exec(c.line);
    return answered && findDates(answered[1]!).length === 1 ? hit("labelled-metadata", "published", { published: answered[1]! }) : null;
  },
  // ("- The Strategist - https://www.aspistrategist.org.au -": a blog's printed page, headed by its name and address.)
  (c) => {
    const printed = c.inHeader ? PRINTED_SITE.exec(c.line) : null;
    return printed ? hit("outlet-line", "outlet", { outlet: printed[1]! }) : null;
  },
  (c) => {
    if (!c.inHeader) return null;
    const city = c.previous !== undefined && TEMPERATURE.test(c.previous);
    const day = c.twoBack !== undefined && TEMPERATURE.test(c.twoBack) && c.previous !== undefined && WIDGET_CITY.test(c.previous) && findDates(c.line).length > 0;
    return TEMPERATURE.test(c.line) || (city && WIDGET_CITY.test(c.line)) || day ? hit("render-chrome") : null;
  },
  // "Must Read", "Trending Now" alone: the head of a list of links, no outlet's name.
  (c) => (LINK_LIST_HEAD.test(c.line) ? hit("site-navigation") : null),
  // (A bulletin board's post header, its column heads and topic links, and the member's name under the heads.)
  (c) => {
    const post = POST_HEADER.exec(c.line);
    if (post && findDates(post[1]!).length > 0) return hit("labelled-metadata", "title", { title: post[2]!, published: post[1]! });
    if (POST_COLUMNS.test(c.line) || TOPIC_LINKS.test(c.line)) return hit("site-navigation");
    return c.inHeader && c.previous !== undefined && POST_COLUMNS.test(c.previous) && MEMBER_NAME.test(c.line) ? hit("byline", "author", { author: c.line }) : null;
  },
  // ("ARMalik" over "ARMalik" under a thread's title: a board's poster, by the avatar's name and then the name.)
  (c) => {
    // (A handle is written as no word is, "ARMalik", "steppe_rider", "ValleyFan88"; a rank set twice, "Veteran", is none.)
    const poster = c.inHeader && HANDLE.test(c.line) && HANDLE_LOOK.test(c.line) && !MEMBER_RANK.test(c.line) && !namesPublisher(c.line) && !isNotNameWord(c.line);
    if (poster && (c.afterTitleOrDateline || (c.lineIndex ?? Infinity) <= POSTER_WITHIN) && c.next === c.line) return hit("byline", "author", { author: c.line });
    return poster && c.previousRule === "byline" && c.previous === c.line ? hit("byline") : null;
  },
  // ("Cate Cadell | Reuters | Beijing" in the header: the writer, then the paper and the city between bars, no "By";
  // a menu's bars hold no person's name before a publisher's.)
  // ("Elliot Marsh | PBS NewsHour" over "November 18, 2019": a programme the name lists do not know, over the day.)
  (c) => {
    const fields = c.inHeader && NAME_BAR_PAPER.test(c.line) ? parseByline(`By ${c.line}`) : null;
    return fields?.author !== undefined && fields.outlet !== undefined && (namesPublisher(fields.outlet) || (c.next !== undefined && readDateLine(c.next) !== null)) && writersNamed(fields.author.split("; "), c.afterTitleOrDateline || (c.lineIndex ?? Infinity) <= 2) ? hit("byline", "author", fields) : null;
  },
  // ("NPR logo" at the top of the page: the text a site's logo image stands for is the site's name.)
  (c) => {
    const site = c.inHeader ? siteOfLogo(c.line) : null;
    return site !== null ? hit("outlet-line", "outlet", { outlet: site }) : null;
  },
  // ("Hacker News   new | past | comments | ask | show | jobs | submit  login": a link aggregator's name over its menu.)
  (c) => {
    const site = c.inHeader && (c.lineIndex ?? Infinity) <= FORUM_HEADER_LINES ? SITE_OVER_MENU.exec(c.line) : null;
    return site !== null ? hit("site-navigation", "outlet", { outlet: site[1]!.trim() }) : null;
  },
  // ("212 points by tallgrass 9 hours ago | hide | past | favorite | 147 comments": the shared link's poster, and when.)
  (c) => {
    const shared = c.inHeader ? POINTS_BY.exec(c.line) : null;
    if (shared === null) return null;
    const dated = readDateLine(shared[2]!.replace(/^on /, ""));
    return hit("forum-header", "author", dated ? { author: shared[1]!, [dated.field]: dated.value } : { author: shared[1]! });
  },
  // ("Department of Public Information • News and Media Division • New York |": an office, its division and its
  // city, the masthead of the releases it issues.)
  (c) => {
    const parts = c.inHeader && (c.lineIndex ?? Infinity) <= FORUM_HEADER_LINES ? c.line.replace(/\s*\|$/, "").split(/ [•·] /) : [];
    return parts.length >= 3 && parts.length <= 4 && namesPublisher(parts[0]!) && CITY_NAME.test(parts.at(-1)!) ? hit("outlet-line", "outlet", { outlet: parts[0]! }) : null;
  },
  // ("Steppe & Silk" over "Subscribe  Sign in": a newsletter's name over the buttons to subscribe to it.)
  (c) => (c.inHeader && c.lineIndex === 0 && NEWSLETTER_NAME.test(c.line) && !NAV_LINE.test(c.line) && !isSiteControl(c.line) && c.next !== undefined && SUBSCRIBE_BUTTONS.test(c.next) ? hit("outlet-line", "outlet", { outlet: c.line }) : null),
  // ("PHmuseum" over "Stories  /  Documentary": a site's name, cased as a brand is, over its trail of sections.)
  (c) => (c.inHeader && c.lineIndex === 0 && brandOverTrail(c.line, c.next) ? hit("outlet-line", "outlet", { outlet: c.line }) : null),
  // ("IFAD Asset Request Portlet": a portal's content box, named after the site that runs it.)
  (c) => {
    const box = c.inHeader && (c.lineIndex ?? Infinity) <= 2 ? PORTLET_OF_SITE.exec(c.line) : null;
    return box !== null ? hit("outlet-line", "outlet", { outlet: box[1]! }) : null;
  },
  // ("from Hacker News" over a thread's title: a reader's view naming the site it shows.)
  (c) => {
    const site = c.inHeader && c.lineIndex === 0 ? READER_VIEW_OF.exec(c.line) : null;
    return site !== null ? hit("outlet-line", "outlet", { outlet: site[1]! }) : null;
  },
  // ("by rustbelt_otter on 11/14/24, 8:02 AM with 187 comments": the same, in a reader's view of the aggregator.)
  (c) => {
    const shared = c.inHeader ? BY_HANDLE_ON.exec(c.line) : null;
    if (shared === null || shared[3] === undefined) return null;
    const dated = readDateLine(shared[2]!);
    return hit("byline", "author", dated ? { author: shared[1]!, [dated.field]: dated.value } : { author: shared[1]! });
  },
  // Menus and controls are short: a line of running text is passed over at once.
  (c) => (SOFTWARE_WARNING.test(c.line) ? hit("site-navigation") : null),
  // ("The China Desk cover image" at a podcast app's top: the show's picture, named for the show, its outlet.)
  (c) => {
    const cover = c.inHeader && (c.lineIndex ?? Infinity) <= 2 ? SHOW_COVER.exec(c.line) : null;
    return cover ? hit("site-navigation", "outlet", { outlet: cover[1]! }) : null;
  },
  (c) => (c.line.length <= 160 && (NAV_LINE.test(c.line) || MOST_READ.test(c.line) || (EPISODE_ENTRY.test(c.line) && findDates(c.line)[0]?.start !== 0 && !/^(?:Published|Posted|Updated|Released|Aired|Recorded)\b/.test(c.line)) || PHONE_ALONE.test(c.line) || PROXY_BANNER.test(c.line) || LANGUAGE_ITEM.test(c.line) || ACCOUNT_PROMPT.test(c.line) || isFollowButton(c.line) || CONTACT_LINE.test(c.line) || (c.previousRule === "site-navigation" && POSTCODE_AND_CITY.test(c.line)) || SEARCH_WIDGET.test(c.line) || (wordCount(c.line) <= 6 && NAV_TAIL.test(c.line)) || isMenuBar(c.line, c.next) || isSiteControl(c.line) || continuesRunMenu(c.previous, c.raw) || (c.inHeader && isSpacedMenu(c.raw))) ? hit("site-navigation") : null),
  (c) => {
    if (!c.latinPage || !isMostlyCjk(c.line)) return null;
    // "發布於 2020年05月31日03:46": the publishing line of a page whose chrome is in Chinese still dates it.
    // ("2018年03月06日 14:14   來源:CGTN": a date and a source label in Chinese date the page and name its outlet.)
    const dated = SOURCE_IN_CHINESE.test(c.line) ? readDateLine(c.line) : null;
    if (dated) return hit("foreign-script", dated.field, { [dated.field]: dated.value, ...(dated.outlet !== null ? { outlet: dated.outlet } : {}) });
    // ("2007-04-22来源:和谐英语": a day run into the label, the source named in Chinese characters.)
    const sourced = SOURCE_IN_CHINESE.test(c.line) ? findDates(c.line).find((d) => d.precision === "day") : undefined;
    if (sourced) {
      const named = SOURCE_NAMED_IN_CHINESE.exec(c.line)?.[1];
      return hit("foreign-script", "published", { published: sourced.date, ...(named !== undefined ? { outlet: named } : {}) });
    }
    // ("2026 年 1 月 29 日" alone on its line: the page's day, as a Chinese template sets it over the title.)
    const published = PUBLISHED_IN_CHINESE.test(c.line) || CHINESE_DAY_ALONE.test(c.line) ? findDates(c.line)[0] : undefined;
    return published ? hit("foreign-script", "published", { published: published.date }) : hit("foreign-script");
  },
  (c) => (COOKIE_NOTICE.test(c.line) || (c.previous !== undefined && COOKIE_NOTICE.test(c.previous) && COOKIE_BUTTONS.test(c.line)) ? hit("cookie-notice") : null),
  (c) => (CLICKBAIT.test(c.line) || LISTICLE.test(c.line) || isSpam(c.line) ? hit("advertising") : null),
  // "Get more with myNEWS" / "A personalised news feed of stories that matter to you" / "Learn more": a
  // site's promotion, its call to action and the short lines over it.
  (c) => (CALL_TO_ACTION.test(c.line) || PROMO_TAGLINE.test(c.line) || DONATION_APPEAL.test(c.line) || (c.next !== undefined && CALL_TO_ACTION.test(c.next) && wordCount(c.line) <= PROMO_WORDS) ? hit("advertising") : null),
  (c) => (isRenderChrome(c.line) ? hit("render-chrome") : null),
  // ("Coordinates: 27°53′N 102°16′E / 27.88°N 102.27°E / 27.88; 102.27": an infobox's position, in three notations.)
  (c) => (WIKI_BOX_LABEL.test(c.line) || COORDINATES_ROW.test(c.line) ? hit("labelled-metadata") : null),
  // ("( chinadaily.com.cn )", "(Xinhua)" alone under the headline: the site or service the story is credited to.)
  (c) => {
    const credit = c.inHeader ? BRACKETED_CREDIT_LINE.exec(c.line) : null;
    const name = credit?.[1]?.trim();
    return name !== undefined && (/\./.test(name) || namesPublisher(name)) ? hit("outlet-line", "outlet", { outlet: name }) : null;
  },
  // A market ticker over a finance site's story: "+30.00 (+0.79%)" under each price, and "• Nikkei 225" over it.
  (c) => (TICKER_CHANGE.test(c.line) || (TICKER_NAME.test(c.line) && c.next !== undefined && TICKER_PRICE.test(c.next)) ? hit("advertising") : null),
  (c) => {
    // ("Translated by Jiayi · March 8, 2021 · 212 Comments" under a headline: a translation site's byline, the
    // translator its writer, the day and the count of comments.)
    const translated = c.inHeader ? TRANSLATOR_BYLINE.exec(c.line) : null;
    if (translated) return hit("byline", "author", { author: translated[1]!, published: translated[2]! });
    // "Site · Dec 3, 2020 · Title · snippet": a search result; the first one may be all a page holds of its article.
    const result = searchResult(c.line);
    const dated = result ? readDateLine(result.date) : null;
    return result && dated ? hit("search-result", "title", { title: result.title, outlet: result.source, [dated.field]: dated.value }) : null;
  },
  (c) => {
    // "r/worldnews Mar 10 '20" over a thread: the forum and the day the thread was posted.
    if (!SUBREDDIT_LINE.test(c.line)) return null;
    // ("r/geopolitics" in a "More posts you may like" list far down the page: another forum's link.)
    if (!c.inHeader && (c.lineIndex ?? 0) > FORUM_HEADER_LINES) return hit("forum-header");
    // ("r/China • u/terraced_hills_88 • Sep 14 '24": the forum, the thread's poster and the day on one line.)
    const poster = POSTER_HANDLE.exec(c.line);
    const dated = readDateLine(c.line.replace(/^[rc]\/\S+/, "").replace(POSTER_HANDLE, ""));
    // The forum is where the thread was published: its outlet.
    const forum = c.line.split(/\s/)[0]!;
    const fields = { section: forum, outlet: forum, ...(poster ? { author: poster[1]! } : {}) };
    return dated ? hit("forum-header", dated.field, { [dated.field]: dated.value, ...fields }) : hit("forum-header", "outlet", fields);
  },
  // ("ThereseK" over "Sep '19" over the first post, under a thread's title: the poster who started it, one word
  // written as a handle is, over the post's stamp.)
  (c) => {
    const stamp = c.inHeader && c.next !== undefined && /^(?=[\p{N}_.-]{0,29}\p{L})[\p{L}\p{N}_.-]{3,30}$/u.test(c.line) && HANDLE_LOOK.test(c.line) && !DATE_LABEL_ALONE.test(c.line) && !isPictureName(c.line) && wordCount(c.next) <= 4 ? findDates(c.next)[0] : undefined;
    return stamp !== undefined && stamp.start === 0 && stamp.end === c.next!.length ? hit("forum-header", "author", { author: c.line }) : null;
  },
  // ("r/ChinaDevelopment Apr 17 '21" over "u/panda_ledger" over the thread's title: the poster who started it.)
  (c) => {
    const poster = c.inHeader && c.previousRule === "forum-header" ? /^u\/([\w-]{3,30})$/.exec(c.line) : null;
    return poster ? hit("forum-header", "author", { author: poster[1]! }) : null;
  },
  (c) => {
    // "Yangtze_Drifter 03/18/2013, 22:41:07  Author Profile | Edit": a message board's post header, its poster and when.
    const post = POSTER_AND_TIME.exec(c.line);
    if (!post || !HANDLE_LOOK.test(post[1]!)) return null;
    const dated = c.inHeader ? readDateLine(post[2]!) : null;
    return dated ? hit("forum-header", "author", { author: post[1]!, [dated.field]: dated.value }) : hit("forum-header");
  },
  (c) => {
    // "submitted 12 days ago by tarim_basin_tea to c/china": a link aggregator's thread, its poster and its community;
    // "Discussion in 'China & Far East' started by Beidou_Lad, Feb 25, 2021.": a board's thread, its starter and day.
    const submitted = SUBMITTED_BY.exec(c.line);
    const started = submitted ? null : STARTED_BY.exec(c.line);
    if (!submitted && !started) return null;
    if (!c.inHeader) return hit("forum-header");
    // ("submitted 2 years ago by loess_plateau_laoshi" under a community's page: its poster, the community named above.)
    if (submitted) return hit("forum-header", "author", submitted[2] === undefined ? { author: submitted[1]! } : { author: submitted[1]!, outlet: submitted[2], section: submitted[2] });
    const dated = readDateLine(started![2]!);
    return hit("forum-header", "author", dated ? { author: started![1]!, [dated.field]: dated.value } : { author: started![1]! });
  },
  // ("- Hansard - - - Excerpts": links to a speech's sources, set between dashes under the speaker's label.)
  (c) => (DASHED_LINKS.test(c.line) ? hit("site-navigation") : null),
  // "[ Follow Ups ] [ Post Followup ] [ Century China Forum ] [ FAQ ]": a board's links, each in brackets.
  (c) => (BRACKETED_LINKS.test(c.line) ? hit("site-navigation") : null),
  // ("Also Read | Odisha Shocker: ... 2 Held.": another story's headline, set in the text as a link.)
  // ("Hanjie Wang1 · Qiran Zhao2 · Yunli Bai3 · Linxiu Zhang3": a paper's authors between middle dots, no list of links.)
  // ("By Jiao Meng · 2015-10-16 · Source: | Web Exclusive": a byline set with dots between its parts is no list of links.)
  (c) => {
    // ("Reuters | Beijing | Updated: 15-01-2021 19:02 IST | Created: 15-01-2021 18:47 IST": a syndicating site's line
    // under the headline, the service, the place and the days it was taken and updated; the first of them dates it.)
    const parts = c.inHeader ? c.line.split(" | ") : [];
    // (Not a labelled line, "Source: Valley Daily | Published: ...", which the labels' rule reads.)
    // (Nor a byline, "By News Desk | March 6, 2020 | 0 Comments", whose first part is the writer's credit.)
    if (parts.length < 3 || parts[0]!.includes(":") || /^By\b/i.test(parts[0]!) || !(WIRE_SERVICE_NAME.test(parts[0]!) || namesPublisher(parts[0]!))) return null;
    const days = parts.map((p) => readDateLine(p)).filter((d) => d !== null);
    const first = days.find((d) => d.field === "published") ?? days[0];
    return first === undefined ? null : hit("dateline", "published", { outlet: parts[0]!, [first.field]: first.value });
  },
  // ("Mar 9, 2021 • 9 tweets • 4 min read • Read on X": a post's day with its counters is a date line, no ticker.)
  // ("▲ drummond_j 1512 days ago | parent | prev | next [–]": nor is an aggregator's comment header, which names its poster.)
  // ("Source: Xinhua | March 28, 2019 | Comments (0) | Print | E-mail": a reprint's source and day, its buttons after them, no list of links.)
  (c) => ((isLinkTicker(c.line) && paperAuthors(c.line) === null && aggregatorCommenter(c.line) === null && !PAPER_HISTORY_LINE.test(c.line) && !((findDates(c.line)[0]?.start === 0 || DATE_LABEL_OPENING.test(c.line) || SOURCE_LABEL_OPENING.test(c.line)) && readDateLine(c.line) !== null) && !(BY_OPENING.test(c.line) && parseByline(c.line)?.author !== undefined)) || ALSO_READ.test(c.line) ? hit("link-list") : null),
  // ("Hot Network Questions" over "Why do some countries have two heads of state?": a question site's links to other
  // questions, one to a line, each a question.)
  (c) => (/\?$/.test(c.line) && wordCount(c.line) <= QUESTION_LINK_WORDS && ((c.previousRule === "site-navigation" && QUESTION_LIST_HEAD.test(c.previous ?? "")) || (c.previousRule === "link-list" && /\?$/.test(c.previous ?? ""))) ? hit("link-list") : null),
  // (Not "• ☆ Nurlan_Bek ☆OP" under a link post's one address: a single link is no list the item goes on.)
  (c) => (LIST_ITEM.test(c.line) && aggregatorCommenter(c.line) === null && ((c.previousRule === "link-list" && !WEB_ADDRESS_ALONE.test(c.previous ?? "")) || (c.previousRule === "site-navigation" && LINK_LIST_HEAD.test(c.previous ?? ""))) ? hit("link-list") : null),
  // "1 School of Economics, Hill University, Hilltown 710055, China 2 Institute ... * Correspondence: ...
  // Received: ...; Published: 22 July 2019": a paper's affiliations and history, and its publication date.
  (c) => {
    if (!AFFILIATIONS.test(c.line) || !INSTITUTION.test(c.line) || !AFFILIATION_DETAIL.test(c.line)) return null;
    const published = /\bPublished:\s*([^;|]{6,40})/.exec(c.line)?.[1]!.trim();
    return published && parseDate(published) ? hit("labelled-metadata", "published", { published }) : hit("labelled-metadata");
  },
  // "Faculty of Economics, Valley Minzu University, Kunming 650000, China" under an author's name: their affiliation.
  // ("Lu Liu" / "Affiliation:" / "School of ..., Tsinghua University, Beijing, China": the label alone, then the affiliation.)
  // ("Xiaoli Chen 1, Peng Wang 2" / "Affiliations": and under a list of authors read as a byline.)
  // ("Author Affiliations" over one bulleted line per institution: each under the one before.)
  (c) => (c.inHeader && ((isAffiliationLine(c.line) && c.previous !== undefined && (NAME_LINE.test(c.previous) || AFFILIATION_LABEL_ALONE.test(c.previous) || (c.previousRule === "labelled-metadata" && isAffiliationLine(c.previous)))) || (AFFILIATION_LABEL_ALONE.test(c.line) && ((c.previous !== undefined && NAME_LINE.test(c.previous.replace(/\*$/, ""))) || c.previousRule === "byline"))) ? hit("labelled-metadata") : null),
  // "Cheng, Z., Nielsen, I. & Smyth, R. (2013). Determinants of wage arrears .... Monash University. ...": a repository's
  // record opening on the work's reference, its authors, year and title.
  (c) => {
    const reference = c.inHeader && (c.lineIndex ?? Infinity) <= PAPER_AUTHORS_WITHIN ? REFERENCE_LINE.exec(c.line) : null;
    if (reference === null) return null;
    const authors = [...reference[1]!.matchAll(REFERENCE_AUTHOR)].map((m) => m[1]!.trim());
    return hit("labelled-metadata", "title", { title: reference[3]!, author: authors.join("; "), published: reference[2]! });
  },
  // "China Daily Website" in the header: the site naming itself, its outlet.
  (c) => {
    const site = c.inHeader ? websiteOf(c.line) : null;
    return site !== null ? hit("outlet-line", "outlet", { outlet: site }) : null;
  },
  (c) => {
    // "Title" / "Herders into Townspeople? ..." / "Author" / "Nora Castellano" / "Reader 1" / "Lin Weiqing": a
    // repository's record, each field's label on a line over its value.
    // ("Deng Lili, School of Public Administration, Yunnan University" under another author so set: the next author.)
    // ("Ilham Sabir, Independent Scholar": once one author is so set, the next needs no institution's name.)
    const nextAuthor = c.previousRule === "labelled-metadata" && c.previous !== undefined && affiliatedName(c.previous) !== null ? affiliatedName(c.line, false) : null;
    if (nextAuthor !== null) return hit("labelled-metadata", "author", { author: nextAuthor });
    // ("Authors" over "Hannah Whitcombe, University of Toronto" under a paper's abstract: its authors, wherever the page lists them.)
    if (AUTHORS_LABEL.test(c.line) && affiliatedName(c.next ?? "") !== null) return hit("labelled-metadata");
    const listedAuthor = c.previousRule === "labelled-metadata" && AUTHORS_LABEL.test(c.previous ?? "") ? affiliatedName(c.line) : null;
    if (listedAuthor !== null) return hit("labelled-metadata", "author", { author: listedAuthor });
    if (!c.inHeader) return null;
    const label = RECORD_LABEL.exec(c.line);
    if (label && c.next !== undefined && !RECORD_LABEL.test(c.next)) return hit("labelled-metadata");
    // ("Author" / "Listed:" / "• Ma Zhenhua" / "• Tashi Dorje" / "Registered:" / "• Ma Zhenhua": an index's record lists
    // the authors as items under a word saying how they are listed.)
    const listing = c.previousRule === "labelled-metadata" && c.previous !== undefined && (AUTHORS_LISTED.test(c.previous) || LISTED_AUTHOR.test(c.previous));
    if (AUTHORS_LISTED.test(c.line) && (listing || (c.previous !== undefined && AUTHORS_LABEL.test(c.previous)))) return hit("labelled-metadata");
    const listed = listing ? LISTED_AUTHOR.exec(c.line) : null;
    if (listed) return hit("labelled-metadata", "author", { author: listed[1]! });
    const over = c.previousRule === "labelled-metadata" && c.previous !== undefined ? RECORD_LABEL.exec(c.previous) : null;
    if (over === null || wordCount(c.line) > RECORD_VALUE_WORDS) return null;
    // (A reader's or a department's name stays in the text: it names someone or something the record mentions.)
    const key = over[1]!.toLowerCase();
    const field = RECORD_FIELD[key] ?? LABEL_FIELD[key] ?? undefined;
    // ("Luo Jiahui, Institute of Sociology, Yunnan Academy of Social Sciences": an author with their affiliation.)
    // ("Fairweather, Olivia Jane": a record's author, surname first.)
    const inverted = field === "author" ? CITED_AUTHOR.exec(c.line) : null;
    if (inverted && personNameForm([...inverted[2]!.split(" "), inverted[1]!]) !== null) return hit("labelled-metadata", field, { author: uninverted(inverted[1]!, inverted[2]!) });
    if (field === "author") return hit("labelled-metadata", field, { author: affiliatedName(c.line) ?? c.line });
    // ("Date" over "LSU is an Affirmative Action/Equal Opportunity Institution": a form's blank label over its footer, no day.)
    if (field === "published" && findDates(c.line).length === 0) return null;
    return field === undefined ? null : hit("labelled-metadata", field, { [field]: c.line });
  },
  // ("Policy Brief No. 71" under the title: the series a paper is numbered in, neither headline nor journal; "Release
  // number IFAD/61/12" over it, a release's.)
  // ("Issue 23, 2019 (Total No. 112)", "Programme Evaluation Series": a periodical's issue and a report's series, over its title.)
  (c) => (c.inHeader && (SERIES_NUMBER.test(c.line) || RELEASE_NUMBER.test(c.line) || NUMBERED_ISSUE.test(c.line) || SERIES_NAME.test(c.line)) ? hit("labelled-metadata") : null),
  // "International Journal of Rural Studies" over a paper's title: the journal, its outlet.
  // ("Contemporary Social Sciences 2017年5期", "... 2019, Vol. 3, No. 2": the journal with its issue after it.)
  (c) => {
    // ("Journal of Contemporary Asia2024https://doi.org/10.1080/...article": a paper index's journal, year, address and
    // kind of paper, run together as its cells were.)
    const indexed = c.inHeader ? JOURNAL_YEAR_ADDRESS.exec(c.line) : null;
    if (indexed) return hit("outlet-line", "outlet", { outlet: indexed[1]!, published: indexed[2]! });
    const issue = JOURNAL_ISSUE.exec(c.line);
    const journal = issue ? c.line.slice(0, issue.index) : c.line;
    // ("Central Asian Survey" over "Volume 43, 2024 - Issue 2": a journal's page names the issue on the line under it.)
    const year = issue?.[1] ?? issue?.[2] ?? issue?.[3] ?? issue?.[4] ?? VOLUME_YEAR_ISSUE.exec(c.next ?? "")?.[1];
    if (!c.inHeader || !isJournalName(journal, year !== undefined)) return null;
    return hit("outlet-line", "outlet", year !== undefined ? { outlet: journal, published: year } : { outlet: journal });
  },
  // "China Daily - 2018-04-18 - CHINA - By ZHU LIXIN", "China Daily - - CHINA -": a digitised paper's line,
  // its name, the day, the section in capitals and the writer, any of the last three left empty.
  (c) => {
    const m = c.inHeader ? PAPER_SECTION_LINE.exec(c.line) : null;
    if (m === null || !looksLikePublisher(m[1]!)) return null;
    const day = m[2] === undefined ? null : parseDate(m[2]);
    const writer = m[3] === undefined ? null : parseByline(m[3]);
    return hit("outlet-line", "outlet", { outlet: m[1]!, ...(day ? { published: m[2]! } : {}), ...(writer?.author ? { author: writer.author } : {}) });
  },
  // "Bitter Winter" over "A magazine on religious liberty and human rights": a masthead over its tagline,
  // the outlet; the tagline is the site's chrome.
  (c) => (c.inHeader && c.next !== undefined && SITE_TAGLINE.test(c.next) && MASTHEAD.test(c.line) ? hit("outlet-line", "outlet", { outlet: c.line }) : null),
  (c) => (c.inHeader && c.previousRule === "outlet-line" && SITE_TAGLINE.test(c.line) ? hit("labelled-metadata") : null),
  // ("Hill City, northwest Valley - Oct 16, 2020 (KTV - No access mainland)": a shot list's place and day of filming, with the
  // broadcaster that filmed it and its restrictions; the broadcaster is the page's source, the day no publication date.)
  (c) => {
    const shot = SHOT_LIST_LOCATION.exec(c.line);
    return shot && c.inHeader ? hit("dateline", "outlet", { outlet: shot[1]! }) : null;
  },
  // "ISSN: 1756-137X", "DOI: 10.1108/...", "ISBN 978-...": a publication's identifiers, never figures.
  (c) => (PUBLICATION_ID.test(c.line) ? hit("labelled-metadata") : null),
  (c) => {
    const wiki = WIKI_TAGLINE.exec(c.line);
    if (wiki) return hit("labelled-metadata", "outlet", { outlet: wiki[1] ?? wiki[2]! });
    // ("China Wiki" alone on the page's first line, over its text: the wiki's name, no article's title.)
    // ("fbpx" over "Wikipedia": under a tracking pixel's name, the site's own name.)
    if (c.inHeader && (c.lineIndex === 0 || (c.lineIndex === 1 && c.previousRule !== null)) && (WIKI_NAME.test(c.line) || ENCYCLOPEDIA_SITE.test(c.line)) && ((c.next?.length ?? 0) > WIKI_TEXT_UNDER || NAV_LINE.test(c.next ?? ""))) return hit("outlet-line", "outlet", { outlet: c.line });
    // ("(Text by Xinhua; Photos from Yunnan Daily)": who wrote the text is the page's outlet; its photos' source is not.)
    const text = TEXT_CREDIT.exec(c.line);
    if (text && namesPublisher(text[1]!)) return hit("labelled-metadata", "outlet", { outlet: text[1]! });
    const credit = CREDIT_LINE.exec(c.line);
    const name = credit?.[1] ?? credit?.[2];
    // ("(Liángshān Yízú Zìzhìzhōu)": a name's pinyin with its tones, under the name in Chinese script, credits no one.)
    // ("(Ma Xiaolin)", "(Reporter Zhang Ruoxi)": a writer in brackets, whom the bracketed byline's rule takes.)
    return name !== undefined && !NOT_A_CREDIT.test(name) && !PAGE_KIND.test(name) && !PINYIN_TONE.test(name) && bracketedWriter(c.line) === null ? hit("labelled-metadata", "outlet", { outlet: name }) : null;
  },
  // ("This article is from Hunan Provincial Government www.enghunan.gov.cn.", "This article appeared in the South China
  // Morning Post print edition as: ...": a site's note, at the foot, on whose the text is.)
  (c) => {
    const from = ARTICLE_FROM.exec(c.line) ?? PRINT_EDITION.exec(c.line);
    if (from) return hit("labelled-metadata", "outlet", { outlet: from[1]! });
    // ("This article is issued from Wikipedia - version of the 6/14/2021.", "It uses material from the Wikipedia
    // article ...", 'Retrieved from "https://en.wikipedia.org/w/index.php?..."': a mirror's footer crediting the wiki,
    // and the day of the version it copied.)
    const wiki = WIKI_COPY.exec(c.line);
    if (!wiki) return null;
    const version = wiki[1] === undefined ? undefined : findDates(wiki[1])[0];
    return hit("labelled-metadata", "outlet", version ? { outlet: "Wikipedia", updated: version.asWritten } : { outlet: "Wikipedia" });
  },
  (c) => {
    if (!COPYRIGHT.test(c.line) && !HOLDER_FIRST.test(c.line)) return null;
    // "© 2024 WUKY", "Copyright © 2021 Xinhua. All rights reserved.": the page's publisher.
    // ("Copyright © 2025 A; B. Published by Nan Yang Academy of Sciences Pte. Ltd.": the authors keep the copyright; the publisher is named.)
    const publisher = PUBLISHED_BY.exec(c.line)?.[1];
    if (publisher) return hit("copyright", null, { outlet: publisher });
    // ("©2020 The Authors. Rural Economy Review ©2020 Institute of ...": the writers keep the copyright; the publisher holds the next.)
    // ("Copyright © 2003 AsiaNews C.F. 00889190153": a company's tax or registration number after its name is no part of it.)
    const owners = c.line.replace(REGISTRATION_NUMBER, "").split(/(?=©|\bCopyright\b)/i).map((part) => (SITE_OWNER.exec(part.trim()) ?? COPYRIGHT_OWNER.exec(part.trim()) ?? UNDATED_OWNER.exec(part.trim()))?.[1]?.trim());
    // ("© Peter Halvorsen, March 2022.": a writer keeping the copyright of their own piece publishes nothing.)
    // ("the General Office of Gansu Provincial People's Government": the government's office keeps its portal; the government publishes.)
    // ("© 2022 Plateau Rights Monitor   Privacy Policy   Contact Us": the site's legal links after the holder's name.)
    // ("Copyright © All rights reserved. | Theme: ...": a template that left the holder out names no one.)
    const owner = owners.find((o) => o !== undefined && !THE_AUTHORS.test(o) && !/^All rights reserved\b/i.test(o) && personNameForm(o.split(" ")) === null)?.replace(/^General Office of (?:the )?(?=.*\bGovernment$)/, "").replace(LEGAL_LINKS_AFTER, "");
    // ("Powered by Discuz! X3.4" over "© 2001-2013 Comsenz Inc.": the forum software's maker, not the page's publisher.)
    // ("Copyright © 2024 Abdukerim, Dorje and Chen.": the writers by their surnames keep an open-access paper's copyright.)
    if (/^powered by\b/i.test(c.previous ?? "") || SURNAMES_HOLD.test(c.line)) return hit("copyright");
    // ("Copyright ©2022 The Meridian Institute for Asian Affairs": a body's longer name, as a publisher's reads.)
    if (owner) return hit("copyright", null, wordCount(owner) <= 5 || (wordCount(owner) <= MASTHEAD_BODY_WORDS && looksLikePublisher(owner)) ? { outlet: owner } : {});
    // ("(c) Martin Lindqvist, March 2023.": a writer keeping the copyright of a report dates it, to the month it names.)
    const month = (c.lineIndex ?? Infinity) <= FRONT_MATTER_REACH ? findDates(c.line).find((d) => d.precision !== "year") : undefined;
    return hit("copyright", null, month ? { published: month.asWritten } : {});
  },
  (c) => {
    const publisher = (c.lineIndex ?? Infinity) <= FRONT_MATTER_REACH ? PUBLISHER_LINE.exec(c.line)?.[1] : undefined;
    return publisher !== undefined && looksLikePublisher(publisher) ? hit("labelled-metadata", "outlet", { outlet: publisher }) : null;
  },
  (c) => (SEPARATOR.test(c.line) ? hit("page-separator") : null),
  (c) => (isPageFurniture(c) ? hit("page-header-footer") : null),
  (c) => (isFootnote(c) ? hit("footnote") : null),
  (c) => (isNoteCitingPage(c.line) ? hit("footnote") : null),
  (c) => (isContentsEntry(c.line) || isRunTogetherContents(c.line) ? hit("link-list") : null),
  (c) => (isEquivalenceRow(c.line) ? hit("page-header-footer") : null),
  (c) => (isRunningHead(c.line) ? hit("pagination") : null),
  (c) => {
    if (PROFILE_LABEL.test(c.line) || LATEST_MEMBER.test(c.line)) return hit("member-profile");
    const underLabel = c.previous !== undefined && PROFILE_LABEL.test(c.previous);
    const besideLabel = underLabel || (c.next !== undefined && PROFILE_LABEL.test(c.next));
    // ("Gender: Non-binary", "Location: China" beside "Age: 25": a member's box, its words no speaker's label.)
    if ((besideLabel || c.previousRule === "member-profile") && PROFILE_WORDS.test(c.line)) return hit("member-profile");
    // ("Most Online Ever: 67" over "(February 25, 2016, 02:51:08 pm)": the day of a board's tally, no page's date.)
    if (underLabel && /^\([^()]{6,40}\)$/.test(c.line) && findDates(c.line).length > 0) return hit("member-profile");
    // ("Senior Member · Posts: 1,057 · Joined: Feb 2012": a member's box set on one line, its items between dots or bars.)
    const boxed = memberBoxLine(c.line);
    if (boxed !== null) return boxed.joined !== undefined ? hit("member-profile", "member_join_date", { member_join_date: boxed.joined }) : hit("member-profile");
    // "Joined: Mar 3, 2012" on one line: the member's join date, never the page's publication date.
    const joined = JOINED_ON_LINE.exec(c.line);
    if (joined && parseDate(joined[1]!)) return hit("member-profile", "member_join_date", { member_join_date: joined[1]! });
    if (besideLabel && isDateOrCount(c.line)) {
      return parseDate(c.line) ? hit("member-profile", "member_join_date", { member_join_date: c.line }) : hit("member-profile");
    }
    // ("Country" / "China", "Reaction score" / "-55": a short value on the line under its label.)
    if (underLabel && !/\d/.test(c.previous!) && (/^[-+]?[\d,.]+$/.test(c.line) || wordCount(c.line) <= 3)) return hit("member-profile");
    // "ELITE MEMBER", "Senior Member", "Veteran", "Chief Minister (5k+ posts)": a member's rank under their name (and "User avatar", their picture's place).
    if (MEMBER_RANK.test(c.line)) return hit("member-profile");
    // ("• ***" and "• Email" under "• Full Member": a board's stars for a member's rank and the links to reach them.)
    if (c.previousRule === "member-profile" && MEMBER_BOX_ITEM.test(c.line)) return hit("member-profile");
    // ("« on: March 14, 2019, 09:41:17 PM »", "« Reply #1 on: ... »" over a post: when the post and each reply were made.)
    const posted = POST_STAMP.exec(c.line);
    if (posted) {
      const dated = c.inHeader || !c.afterTitleOrDateline ? readDateLine(posted[1]!) : null;
      return dated && !/Reply/.test(c.line) ? hit("forum-header", dated.field, { [dated.field]: dated.value }) : hit("forum-header");
    }
    // ("Feb 27, 2021  #22" under a member's box: when the reply was posted, and its number in the thread.)
    const numbered = c.previousRule === "member-profile" ? NUMBERED_POST_STAMP.exec(c.line) : null;
    if (numbered && parseDate(numbered[1]!)) return hit("forum-header");
    // ("Re: Nagchu herders moved to Lhoka: ..." under a member's box: the subject a reply repeats, no words of the post.)
    // (The first post repeats the thread's title so, over the line saying when it was posted.)
    if (c.previousRule === "member-profile" && (/^Re: \S/.test(c.line) || POST_STAMP.test(c.next ?? ""))) return hit("forum-header");
    return null;
  },
  (c) => {
    const topic = TOPIC_HEADER.exec(c.line);
    return topic ? hit("labelled-metadata", "title", { title: topic[1]! }) : null;
  },
  // ("Hanfeng said:" over a line of their post and "Click to expand...": a board's quotation of an earlier post, whose
  // words and figures are that post's, given again.)
  (c) => (QUOTED_POST_END.test(c.line) || (QUOTED_POST_END.test(c.next ?? "") && QUOTED_POST_OPEN.test(c.previous ?? "")) || (QUOTED_POST_OPEN.test(c.line) && QUOTED_POST_END.test(c.twoAhead ?? "")) ? hit("forum-header") : null),
  (c) => (EDIT_MARKER.test(c.line) ? hit("edit-marker") : null),
  (c) => (COMMENT_WIDGET.test(c.line) ? hit("comment-widget") : null),
  (c) => (isPagination(c.line) ? hit("pagination") : null),
  // ("1,480" over "villages with new or upgraded access roads": a fact box's figure over what it counts, no page's counter.)
  // ("• Published Year:" over "2020": a year a label names is a date, no count.)
  (c) => (isThreadControl(c.line) || (isBareCount(c.line) && !c.raw.includes("|") && !DATE_LABEL_ALONE.test(c.previous ?? "") && !FACT_BOX_LABEL.test(c.next ?? "") && (!INFOBOX_ROW_LABEL.test(c.previous ?? "") || BULLETED_COUNTER.test(c.previous ?? "")) && !(c.inHeader && RECORD_LABEL.test(c.previous ?? ""))) || (c.inHeader && BULLETED_COUNT.test(c.line)) ? hit("engagement-counts") : null),
  (c) => (isPlayerChrome(c.line) ? hit("media-player") : null),
  (c) => (isImageFileName(c.line) ? hit("image-file") : null),
  // A web address alone on its line is a link, not a sentence.
  (c) => (WEB_ADDRESS_ALONE.test(c.line) ? hit("link-list") : null),
  // ("Sonam Dorje , Lhamo Tsering , Tibet Autonomous Region , Lhoka , ...": a page's tags, set apart by spaced commas.)
  (c) => (SPACED_TAGS.test(c.line) ? hit("link-list") : null),
  // ("Reporter: Luca Bertini / Camera: Han Xiaodong": a film's crew, each with their part, the reporter and camera its
  // makers; a producer's or an editor's credit names no writer.)
  (c) => {
    // ("Reporters: Wang Lixia, Mirzat Abla    Editor: Zhou Bin": or set apart by a run of spaces, more than one name to a part.)
    const spaced = /\S {3,}\S/.test(c.raw);
    const parts = c.line.includes(" / ") || c.line.includes(" | ") || spaced ? c.raw.trim().split(/ [/|] | {3,}/).map((part) => CREW_PART.exec(part)) : [];
    if (parts.length < (spaced ? 2 : 1) || parts.some((part) => part === null)) return null;
    const makers = parts.filter((part) => /^(?:Reporters?|Correspondents?|Camera|Filmed by)$/i.test(part![1]!)).map((part) => part![2]!.replaceAll(", ", "; "));
    return makers.length > 0 ? hit("byline", "author", { author: makers.join("; ") }) : hit("byline");
  },
  // (A photo's credit, "(Alice Su / Los Angeles Times)", stays with its caption: no trail of links.)
  // ("Accepted: 25 February 2020 / Published online: 4 March 2020": a paper's history, whose days no trail's sections are.)
  // ("MarketScreener Homepage > News > Economy": a trail that opens at the site's home names the site.)
  (c) => {
    // ("Home > Newspapers > China Daily Global Edition > 14 Jun 2019 > Page 7": a trail from the home page down
    // to an issue's page may hold its day among its steps; it is still a trail.)
    if (!isBreadcrumb(c.line) || photoCreditPaper(c.line) !== null || (!HOME_TRAIL.test(c.line) && findDates(c.line).some((d) => d.precision === "day"))) return null;
    const home = SITE_HOME_CRUMB.exec(c.line);
    if (home && home[1]!.split(" ").every((w) => /^[\p{Lu}\d]/u.test(w))) return hit("breadcrumb", "outlet", { outlet: home[1]! });
    // ("fx361.cc 首页 > 期刊导读 > Valley Today > 2020年6期": a journal reader's trail ending in the issue, the journal before it.)
    const issueOf = c.inHeader ? CRUMB_BEFORE_ISSUE.exec(c.line) : null;
    return issueOf && isJournalName(issueOf[1]!, true) ? hit("breadcrumb", "outlet", { outlet: issueOf[1]! }) : hit("breadcrumb");
  },
  // ("Home FOCAC Focus Africa extreme poverty figure rises ...: UN’s Amina Mohammed,..." over the headline whole:
  // a trail ending in the page's own title cut short.)
  (c) => (c.next !== undefined && cutShortOver(c.line, c.next) ? hit("breadcrumb") : null),
  // (Not a headline that is someone's words, "Li Keqiang: Over the past year, ...": set again under itself, it is their turn.)
  // ("Fact Check: China Didn't ..." set again just under itself: the page's template repeating the headline, whatever its form.)
  (c) => (c.title !== undefined && c.line === c.title && (!/^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){1,3}: \S/u.test(c.line) || (c.afterTitleOrDateline && c.previous === c.title)) ? hit("repeated-title") : null),
  // ("REPORT ON THE WORK OF THE PEOPLE'S GOVERNMENT OF GANSU PROVINCE (January 18th, 2021)" under the report's name: its
  // cover, the title again in capitals and the day it was given.)
  (c) => {
    const dated = c.inHeader && c.title !== undefined && c.line.length > c.title.length ? TITLE_WITH_DAY.exec(c.line) : null;
    if (!dated || dated[1]!.toLowerCase() !== c.title!.toLowerCase()) return null;
    const day = findDates(dated[2]!)[0];
    return day !== undefined && day.start === 0 && day.end === dated[2]!.length ? hit("repeated-title", "published", { published: dated[2]! }) : null;
  },
  // ("$0.41  ▲ 23 votes  Reply": a blogging chain's payout and votes under each post.)
  (c) => (ENGAGEMENT_LINE.test(c.line) || EMBED_COUNTS.test(c.line) || PAYOUT_AND_VOTES.test(c.line) || (PAYOUT_ALONE.test(c.line) && VOTES_OR_REPLY.test(c.next?.trim() ?? "")) ? hit("engagement-counts") : null),
  // ("Moderator:" over "Dear friends from the press, good morning. ...": a turn's label over what was said, not a list's.)
  // ("Source" over "Post - September 2, 2006": a label alone over the line that names where the copy came from.)
  (c) => (DATE_LABEL_ALONE.test(c.line) || (c.inHeader && SOURCE_LABEL_ALONE.test(c.line)) || (PARTICIPANTS_LABEL_ALONE.test(c.line) && !(TURN_ROLE_ALONE.test(c.line) && c.next !== undefined && wordCount(c.next) >= 8 && /[.!?]["”’]?$/.test(c.next.trim()))) || INFOBOX_ROW.test(c.line) ? hit("labelled-metadata") : null),
  (c) => {
    // ("来源 :China Pictorial(人民画报) | 被引量 : 0次": a Chinese site's labels over an English page, read as English.)
    // ("发布日期 Release date: 2020-10-15", "编 Compiled by: ..."): a bilingual page's label in both scripts, read in English.)
    // ("Editing by Duan Meiling, He Jiayi", "(Edited by Li Na)": an editor's credit said in words, read as the label.)
    // ("- From: Margit Olsen <m.olsen@ncads.dk>": a message's sender, by name and address, is its writer.)
    const sender = c.inHeader ? MAIL_FROM.exec(c.line) : null;
    if (sender) return hit("byline", "author", { author: sender[1]! });
    // ("Tittel: ...", "Forfatter(e): ...", "Utgiver: ...", "Publisert: 2016": a record's labels in another European language, read in English.)
    // ("((HEADLINE: Tibetan Herders Trade ...))", "((BYLINE: Rachel Lin))": a script's fields in double brackets.)
    const line = CHINESE_LABEL_OPENING.test(c.line) ? chineseLabelsRead(c.line) : europeanLabelRead(c.line.replace(SCRIPT_FIELD, "$1")).replace(CHINESE_BEFORE_LABEL, "").replace(EDITED_BY, "$1Editor: ").replace(INFORMATION_SOURCE_LABEL, "Source:");
    const m = METADATA_LABEL.exec(line);
    if (!m) return null;
    const [label, value] = m[1] !== undefined ? [m[1], m[2]!] : [m[3]!, m[4]!];
    // "Reporter: Weining is located ..." is a speaker's turn; a label's value is short, not prose.
    // ("Replying to: So how many rural poor are really left?": the thread a reply answers, a question as often as not.)
    if (value === "" || wordCount(value) > 16 || (/[.!?]["”]?$/.test(value) && !/^(?:replying to|in reply to)$/i.test(label))) return null;
    // ("Reporter: The Qinghai-Tibet Plateau i", a question cut off at the page's end: a reporter's label
    // names a reporter, a few capitalised words.)
    if (/^reporter$/i.test(label) && !REPORTER_NAME.test(value)) return null;
    // ("Ningxia 14.2 8.9" over "Source: National Bureau of Statistics, rural household survey": a table's source, no page's outlet.)
    // (Under the text's first lines it stays in the text, the note that credits the table's figures to the body it names.)
    // ("October 22, 2019" over "Source: ...": a date line, whose two numbers make no table's row.)
    // ("· 210 million yuan in sales ..." over "Source: Taijiang County Bureau ...": a fact box's list and its source, the same.)
    if (/^sources?$/i.test(label) && c.previous !== undefined && (TABLE_ROW.test(c.previous) || /^[·•▪*-] \S/u.test(c.previous)) && c.previousRule !== "dateline") return !c.inHeader && TABLE_ROW.test(c.previous) ? null : hit("labelled-metadata");
    // (An editor's credit names no field of the page: nothing of it is read.)
    const fields = m[1] !== undefined ? labelledFields(line) : {};
    const field = fieldOfLabel(label);
    // ("Prepared by: Reviewed by: Review Coordinator: Group:" over "Anneliese Korb": a form's row of labels, their
    // values on the line under it in the same order; the first label's value opens that line.)
    if (field === "author" && LABEL_ROW.test(value)) {
      delete fields.author;
      if (c.next !== undefined && NAME_LINE.test(c.next.trim())) fields.author = c.next.trim();
    }
    // ("Updated:2020-07-09 16:01:57   Yunnan Gateway" over a last line "Source: Xinhua; ..."): a site named beside
    // the date is the page's host, as a date line names it; a "Source:" label names where the copy came from, surer.)
    const dateWithSite = (field === "published" || field === "updated") && fields.outlet !== undefined && !SOURCE_LABEL.test(line);
    return hit(dateWithSite ? "dateline" : "labelled-metadata", field, fields);
  },
  // ("Seat Type:County seat" among "Postal Code:743300", "Subdivision Name1:Gansu": an infobox's template read out
  // as key and value with no space between, a row of a run; none is a speaker's line.)
  (c) => (KEY_VALUE_ROW.test(c.line) && ((c.previous !== undefined && KEY_VALUE_ROW.test(c.previous)) || (c.next !== undefined && KEY_VALUE_ROW.test(c.next))) ? hit("labelled-metadata") : null),
  // ("Shops on the Hillside: ..." over "Original Paper" or "41 Pages": the kind of paper a journal's page files it under,
  // or its length, no outlet nor writer.)
  // (Read so under the title only: over it, the label names what the line under it is, a paper's title.)
  // ("Field Survey Report" under a report's title: the kind of report, no publisher either.)
  (c) => (c.inHeader && c.title !== undefined && (PAPER_KIND_LABEL.test(c.line) || PAGE_COUNT.test(c.line) || REPORT_KIND_UNDER_TITLE.test(c.line)) ? hit("site-navigation") : null),
  (c) => {
    // A byline may stand under a standfirst, in the body: a short line that is all byline.
    // ("Adrian Zenz, Ph.D." on a line of its own, over the writer's post: a report's author, wherever it stands.)
    const graduate = DEGREE_NAME.exec(c.line);
    if (graduate) return hit("byline", "author", { author: graduate[1]! });
    // (A member's name under their party's label speaks in a debate's record; it credits no writer.)
    if (c.previous !== undefined && PARTY_ALONE.test(c.previous)) return null;
    // ("Mary Hong" over "Author" over her note, after the text: the writer a page credits at its foot.)
    if (c.next !== undefined && AUTHOR_LABEL_ALONE.test(c.next) && NAME_LINE.test(c.line) && personNameForm(c.line.split(" ")) !== null) return hit("byline", "author", { author: c.line });
    if (AUTHOR_LABEL_ALONE.test(c.line) && c.previousRule === "byline") return hit("byline");
    if (!c.inHeader) {
      // ("By" / "Jerry Grey" / "August 15, 2023" under a forum reply: a byline set over two lines, as in the header below,
      // read in the body only when the name is all the next line holds.)
      if (BARE_BY.test(c.line) && c.next !== undefined && NAME_LINE.test(c.next)) return hit("byline");
      if (c.previous !== undefined && BARE_BY.test(c.previous) && NAME_LINE.test(c.line)) return hit("byline", "author", { author: c.line });
      // ("China Daily (USA) - - FRONT PAGE - By XU WEI and DAQIONG in Lhasa and Nyingchi, Tibet autonomous region": a print reader's line runs longer.)
      // ("Posted by rledger at 3/02/2021 09:14:00 am" under a blog's post: its writer, and when.)
      // (Its writer is read by blogPoster, only where no byline names one.)
      if (BLOG_FOOTER.test(c.line)) return hit("byline");
      // ("Philippa Hurst, Valley Morning Herald" over "June 4 2012 - 6:00am" under a caption set as a sentence: a byline without its "By", over its date line.)
      const overDate = (c.lineIndex ?? Infinity) <= PAPER_AUTHORS_WITHIN ? bylineOverDateLine(c) : null;
      if (overDate) return hit("byline", "author", overDate);
      const late = c.line.length <= LATE_BYLINE_CHARS && !/[.!?]$/.test(c.line) ? parseByline(c.line) : null;
      // ("Recommended Papers" / "Rural Labour Migration and ..." / "By Ma Jun and Li Xue": other papers' writers, each under
      // its title in a list of links, a list's head or the item before over it.)
      const otherPaper = late !== null && c.previous !== undefined && !/[.!?]["”’]?$/.test(c.previous) && wordCount(c.previous) <= LISTED_TITLE_WORDS && c.twoBack !== undefined && (RELATED_LIST_HEAD.test(c.twoBack) || parseByline(c.twoBack) !== null);
      if (otherPaper) return hit("link-list");
      if (late !== null && (late.author ?? late.outlet) !== undefined) return hit("byline", "author", late);
      // ("Jianzhong Yan, Huilian Li, Xiaobo Hua, Kui Peng, Yili Zhang" under a title the header lost: a
      // paper's authors, three names or more and nothing else, near the top.)
      const listed = (c.lineIndex ?? Infinity) <= PAPER_AUTHORS_WITHIN ? longNamesLine(c.line) : null;
      return listed !== null ? hit("byline", "author", { author: listed }) : null;
    }
    // ("By" alone, then "Satarupa Bhattacharjya in Nanning, Guangxi" on the next line: a byline set over two lines.)
    if (BARE_BY.test(c.line) && c.next !== undefined) return hit("byline");
    // ("Qin, Cong and Chong, Terence Tai Leung": a paper's authors as a citation lists them, surname first.)
    const cited = citationAuthors(c.line);
    if (cited !== null) return hit("byline", "author", { author: cited });
    // ("Our Correspondent", "By Our Staff Reporter", "Staff Reporter": a paper's credit to a writer it does not name.)
    if (UNNAMED_WRITER.test(c.line)) return hit("byline");
    // ("By News Desk", "Monitoring Desk": the paper's desk credited as the writer, as readers cite it.)
    const desk = c.line.replace(/^By:? /, "");
    if (NEWS_DESK.test(desk)) return hit("byline", "author", { author: nameCased(desk) });
    const fields = parseByline(c.previous !== undefined && BARE_BY.test(c.previous) && c.previousRule === "byline" ? `By ${c.line}` : c.line);
    if (fields) return hit("byline", "author", fields);
    // "Zhang Guimei" over "Zhang Guimei (Chinese: ...; born 1957) is a Chinese educator ...": an
    // encyclopedia's entry on a person, titled with the name its first sentence opens on. (Under a headline,
    // "Jane Roe" over "Jane Roe is a senior fellow ..." is an op-ed's writer and their note.)
    if ((c.previous === undefined || c.previousRule !== null) && c.next !== undefined && c.next.startsWith(`${c.line} `) && /^ (?:\(|is |was |\p{Ll}+ed )/u.test(c.next.slice(c.line.length))) return null;
    // "Afrasiyab, Uighur Times" under the title: a byline without its "By", the writer and their paper.
    // ("Wang Zhuoqiong/Yang Jun" over "Updated: Mar 8,2019 ... China Daily": the writers, a slash between them.)
    const slashed = c.line.split(/\s*\/\s*/);
    if (slashed.length >= 2 && slashed.length <= 4 && slashed.every((n) => personNameForm(n.split(" ")) !== null)) return hit("byline", "author", { author: slashed.join(" and ") });
    // ("Ann Roe; Kai Lund" under a paper's title: its authors, a semicolon between them; "Zhou Lina & Mark Fenwick", or an
    // ampersand, where one name at least is a known name's form.)
    const listed = c.line.split(/; | & /);
    const ampersand = c.line.includes(" & ");
    // (Those with an ampersand anywhere in the header under the title: a journal's page sets its buttons between.)
    const listUnderTitle = c.afterTitleOrDateline || (ampersand && c.title !== undefined);
    if (listUnderTitle && listed.length >= 2 && listed.length <= 8 && listed.every((n) => SHORT_NAME.test(n)) && writersNamed(listed, true) && (!ampersand || listed.some((n) => personNameForm(n.split(" ")) !== null))) return hit("byline", "author", { author: listed.join("; ") });
    // ("Philippa Hurst, Valley Morning Herald" over "June 4 2012 - 6:00am", under the photo's caption: over its date line too.)
    // ("chinagate.cn by Liang Wei, November 3, 2016" over "Catherine Roe, Director of the China Programme, ...": under a
    // date line that names its writer, a name and a post are whom the interview is with.)
    const writerDated = c.previousRule === "dateline" && /\bby \p{Lu}/u.test(c.previous ?? "");
    const withoutBy = c.afterTitleOrDateline ? (writerDated || DOCUMENT_KIND_WORD.test(c.line) ? null : (unmarkedByline(c.line) ?? bylineOverDateLine(c))) : c.inHeader ? bylineOverDateLine(c) : null;
    if (withoutBy) return hit("byline", "author", withoutBy);
    // "Posted by u/dust_and_apricots": the author of a forum thread.
    const posted = POSTED_BY.exec(c.line);
    if (posted) {
      // ("Posted by: Brett-Butler 15th December 2020, 05:39 PM": and when.)
      const when = findDates(c.line.slice(posted.index + posted[0].indexOf(posted[1]!) + posted[1]!.length))[0];
      return hit("byline", "author", when ? { author: posted[1]!, published: when.asWritten } : { author: posted[1]! });
    }
    // A name alone on its line under the title, over a date line or an affiliation: the author.
    // ("Yonten Nyima*": a mark that points to the corresponding author.)
    // ("Prof. Robert Walker", "Dr. Yang Lichao": the honorific is no part of the name.)
    // ("- Emma Graham-Harrison" under the title: a digitised paper's byline set after a dash.)
    // ("Hannah J. Whitlock, et al." under a report's title: its first author, for them all.)
    // ("Aoife Brennan" over "Political Correspondent": the writer's post on the paper, a line of its own, names no one.)
    if (c.inHeader && c.previousRule === "byline" && STAFF_POST_ALONE.test(c.line)) return hit("byline");
    const name = c.line.replace(/\s?[*†‡]$/u, "").replace(/^(?:Prof|Dr|Mr|Mrs|Ms|Professor)\.?\s+(?=\p{Lu})/u, "").replace(/^[-–—] (?=\p{Lu})/u, "").replace(ET_AL, "");
    const overAffiliation = c.next !== undefined && opensAffiliation(c.next);
    // ("Dr. Lok Nath Bhusal" under the title: an honorific says a person, whatever form the name takes.)
    const honoured = name !== c.line && (/^(?:Prof|Dr|Professor)\.?\s/.test(c.line) || ET_AL.test(c.line)) && !looksLikePublisher(name);
    // ("China Plus" over its date line: a name opening on a country's or region's is a site's, not a person's.)
    const placeFirst = listedLevel(name.split(" ")[0]!) !== undefined;
    if (placeFirst && NAME_LINE.test(name) && c.afterTitleOrDateline && c.next !== undefined && readDateLine(c.next) !== null) return hit("outlet-line", "outlet", { outlet: name });
    // (Not a report's kind over its day: "Policy Brief" over "March 2021".)
    // ("Dr. LUO Minghui": after an honorific, a surname in capitals is a name as surely.)
    const nameLine = (NAME_LINE.test(name) || (honoured && SURNAME_IN_CAPITALS.test(name))) && !DOCUMENT_KIND_WORD.test(name) && (honoured || personNameForm(name.split(" ")) !== null || (c.next !== undefined && !looksLikePublisher(name) && (overAffiliation || readDateLine(c.next) !== null)));
    // ("Anders Corr" under the headline's photo caption, "... 2018. AFP/Getty Images": the writer, as under the title.)
    const underCaption = c.inHeader && c.previous !== undefined && isPhotoCaption(c.previous);
    // ("Owen Fairley" over "Jan 14, 2021" under a newsletter's title and subtitle: a name the lists know, alone over the day,
    // anywhere in the header.)
    const overDay = c.inHeader && !writerDated && name === c.line && personNameForm(name.split(" ")) !== null && c.next !== undefined && readDateLine(c.next) !== null;
    if (nameLine && (c.afterTitleOrDateline || overAffiliation || underCaption || overDay)) return hit("byline", "author", { author: nameCased(name) });
    // ("March 9, 2022" / "Heard on Morning Dispatch" / "Rachel Okonkwo" / "Tomas Lindqvist": a broadcaster's writers stacked
    // one to a line under the day, the first a name the lists know, the next under it.)
    const oneToALine = c.inHeader && name === c.line && NAME_LINE.test(name) && !placeFirst && !looksLikePublisher(name) && ((c.previousRule === "byline" && c.previous !== undefined && NAME_LINE.test(c.previous)) || ((c.previousRule === "dateline" || c.previousRule === "labelled-metadata") && personNameForm(name.split(" ")) !== null && c.next !== undefined && NAME_LINE.test(c.next) && !looksLikePublisher(c.next)));
    if (oneToALine) return hit("byline", "author", { author: name });
    // "Mei Chen (School of Economics, Hill University, Chengdu, China)": a paper's author and affiliation.
    const affiliated = AFFILIATED_AUTHOR.exec(c.line);
    if (affiliated && INSTITUTION.test(affiliated[2]!) && !INSTITUTION.test(affiliated[1]!) && !looksLikePublisher(affiliated[1]!)) return hit("byline", "author", { author: affiliated[1]! });
    // "Li Xiaoxia, Special Researcher, Xinjiang Development Research Center": under the title, the writer and their post.
    // ("- Tom Roe, Country Director for China of the Valley Bank": set after a dash, a signature wherever it stands in the header.)
    // ("Jane Roe, Senior Research Fellow, Valley Institute" as the page's first line: a writer's profile box over the piece.)
    // ("Eleanor Whitfield, Senior Fellow - Global Economy" over "Daniel Oyelaran, Research Analyst - ..." over the day: a
    // commentary's writers, each with their post, stacked over each other or over the day, before the title is known.)
    const underTitle = c.afterTitleOrDateline && !writerDated;
    const post = underTitle || c.inHeader ? NAME_AND_POST.exec(c.line) : null;
    const stacked = () => NAME_AND_POST.test(c.next ?? "") || NAME_AND_POST.test(c.previous ?? "") || (c.next !== undefined && readDateLine(c.next) !== null);
    const giver = post !== null && GIVER_POST.test(post[2]!);
    const titled = post && (underTitle || /^[-–—] ?\p{Lu}/u.test(c.line) || c.lineIndex === 0 || giver || stacked()) ? post : null;
    // (A name no list knows is a person's too when a writer's post follows it on the page's first line, or on lines of
    // writers stacked so.)
    if (titled && (personNameForm(titled[1]!.split(" ")) !== null || ((c.lineIndex === 0 || giver || stacked()) && !looksLikePublisher(titled[1]!)))) return hit("byline", "author", { author: titled[1]! });
    // "Yi LOU, Zisheng YANG": a paper's authors, a line of names and nothing else.
    // (One name alone is a byline only under the title or a date line, or at the very top of the page:
    // lower, it labels a photo or a speaker.)
    // ("Mei Chen 1,* , Tomas Berg 2 and Ana Ruiz 2": a paper's authors with their affiliations' numbers.)
    const authors = paperAuthors(c.line);
    return authors && (authors.includes("; ") || c.afterTitleOrDateline || (c.lineIndex ?? Infinity) <= 2 || /^[•·*-]/.test(c.line)) ? hit("byline", "author", { author: authors }) : null;
  },
  // ("Liam Ferreira" over "with Chen Yuting, Dr Sarah Okonjo, Tenzin Norbu": a report's lead writer, then those who wrote it with them.)
  (c) => {
    const others = c.previousRule === "byline" && c.inHeader ? CO_AUTHORS.exec(c.line) : null;
    const names = others?.[1]!.split(/,? and |, /).map((n) => n.replace(/^(?:Dr|Prof)\.? /, "")) ?? [];
    return names.length > 0 && names.every((n) => personNameForm(n.split(" ")) !== null) ? hit("byline", "author", { author: names.join("; ") }) : null;
  },
  // "Alice Su" over "Beijing Bureau Chief": a writer's name over their post at the paper, wherever a story was pasted; the post goes with it.
  // ("Eleanor Whitcombe" over "China correspondent, Chengdu": a post that says where the writer files from, in the header.)
  (c) => {
    // ("Dr Hannah Whitcombe" over "Senior Fellow, China Program": an expert's name, their title before it, over their post at the institute.)
    const postUnder = (line: string) => JOURNALIST_POST.test(line.trim()) || (c.inHeader && (WRITER_POST_LINE.test(line) || EXPERT_POST_LINE.test(line)));
    const name = c.line.replace(/^(?:Dr|Prof|Professor)\.? (?=\p{Lu})/u, "");
    if (c.line.length <= 40 && c.next !== undefined && postUnder(c.next) && personNameForm(name.split(" ")) !== null) return hit("byline", "author", { author: name });
    // ("Claire Osei-Bonsu | 18 June 2024" over "Fellow, Harcourt Centre for Development Policy": or under a date line naming the writer.)
    const writerAbove = c.previousRule === "byline" || (c.previousRule === "dateline" && (readDateLine(c.previous ?? "")?.author ?? null) !== null);
    if (!writerAbove) return null;
    // ("Priya Raman" over "Nonresident Fellow - Global Economy and Development" over "@praman_dev": an expert's post and handle.)
    if (c.inHeader && (WRITER_POST_LINE.test(c.line) || EXPERT_POST_LINE.test(c.line) || WRITER_HANDLE.test(c.line))) return hit("byline");
    if (c.previousRule !== "byline") return null;
    // ("By Li Han" over "Staff Writer of the Tsinghua News Center": the writer's post names the outlet they write for.)
    const postAt = POST_AT_OUTLET.exec(c.line);
    if (postAt && looksLikePublisher(postAt[1]!)) return hit("byline", "outlet", { outlet: postAt[1]! });
    return JOURNALIST_POST.test(c.line) ? hit("byline") : null;
  },
  (c) => {
    // A date line under the title; anywhere when a label says it is the publication date
    // ("Post on 03-Mar-2020"), or when the line before was that label alone ("Publication date").
    // ("• by quillan on 11/14/24, 8:40 AM": a comment's header, who wrote it and when, no page's date.)
    // (A board's post header, "Post  Sibirskiy_Kot Sat Jun 20, 2020 7:05 pm", stays in the text: it opens the poster's turn.)
    if (c.line.length > 240 || aggregatorCommenter(c.line) !== null || ISSUE_WITH_PERIOD.test(c.line) || POSTER_STAMP.test(c.line)) return null;
    // ("(12 May 2014)         (30 September 2019)" over a table's rows: the days its columns stand for, no page's date; not
    // "Received: ...   Accepted: ...   Published: ...", a paper's history, each day labelled.)
    if (/\S {3,}\S/.test(c.raw) && onlyDates(c.line)) return null;
    // (A blog's archive of months under its sidebar's heading dates nothing: the last rule takes it as a link.)
    if (inSidebar(c)) return null;
    const afterLabel = c.previousRule === "labelled-metadata" && DATE_LABEL_ALONE.test(c.previous ?? "");
    if (afterLabel && /^\d{4}$/.test(c.line)) return hit("dateline", "published", { published: c.line });
    // ("Date of Award" over "5-2019": a repository's month and year, a number each.)
    const monthYear = afterLabel ? /^(\d{1,2})-(\d{4})$/.exec(c.line) : null;
    const month = monthYear === null ? undefined : MONTH_NAMES[Number(monthYear[1]) - 1];
    if (month !== undefined) return hit("dateline", "published", { published: `${month} ${monthYear![2]}` });
    const fields = parseDateline(c.line);
    // ("Source" over "Post - September 2, 2006": the name before the date is where the copy came from.)
    if (fields !== null && fields.outlet === undefined && c.previousRule === "labelled-metadata" && SOURCE_LABEL_ALONE.test(c.previous ?? "")) {
      const named = /^(\p{Lu}[\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,4})\s*(?:[-–—|,]\s*)?$/u.exec(c.line.slice(0, findDates(c.line)[0]?.start ?? 0));
      if (named) return hit("labelled-metadata", "published", { ...fields, outlet: named[1]! });
    }
    // Under the title; anywhere when a label says what the date is, or when the line is a date and nothing else.
    // ("November 24, 2020 at 5:00 a.m. EST": a date and its clock, the whole line, however many words.)
    const bare = fields !== null && fields.outlet === undefined && fields.author === undefined && (wordCount(c.line) <= 6 || findDates(c.line).some((d) => d.start === 0 && d.end === c.line.length));
    // ("China.org.cn March 13, 2020" under the standfirst: a site's address and its date, anywhere near the top.)
    // ("XinhuaUpdated: September 26, 2021": a site's name run into its label, a template's line, anywhere near the top.)
    const sited = fields?.outlet !== undefined && (/^[\w-]+(?:\.[\w-]+)+$/.test(fields.outlet) || /^\S+(?:Updated|Published|Posted):/.test(c.line)) && wordCount(c.line) <= 6;
    // ("by lewis nyaundi" over "Eastern05 May 2019 - 16:57" under the standfirst: a byline's date, whose other word is a section, not the outlet.)
    const underByline = fields !== null && c.afterTitleOrDateline && c.previousRule === "byline" && wordCount(c.line) <= 8;
    // ("(Xinhua) 20:30, March 28, 2017" over a story pasted into a forum's post: the wire's credit and its day, a line of their own.)
    const wired = fields?.outlet !== undefined && WIRE_SERVICE_NAME.test(fields.outlet) && /^\(/.test(c.line) && wordCount(c.line) <= 8;
    // ("This page was last edited on 3 February 2024, at 11:02 (UTC).": a wiki's footer dates the page, at its foot.)
    if (!fields || !(c.inHeader || afterLabel || bare || sited || underByline || wired || PUBLISHED_LABEL.test(c.line) || PAGE_LAST_EDITED.test(c.line))) return null;
    const { outlet: _section, ...dated } = fields;
    // ("Delivered at the Second Session of ..." over "on January 27, 2019": the day a report was given, which dates the
    // page only where nothing else does.)
    if (/^on\b/.test(c.line) && DELIVERED_AT.test(c.previous ?? "") && fields.published !== undefined) return hit("dateline", "updated", { updated: fields.published });
    return hit("dateline", fields.published !== undefined ? "published" : "updated", c.inHeader || !underByline ? fields : dated);
  },
  // ("Li, Wei and Roe, Jane Mary" over "Valley University, Hill University": the writers' schools, no publisher.)
  // ("Highland Policy Institute" over "Working Paper No. 14": the body whose series the paper is in, its publisher.)
  (c) => {
    if (!(c.inHeader && c.previousRule === "byline" && c.line.split(/,\s*|;\s*/).every((part) => INSTITUTION.test(part) && part.split(" ").length <= 8))) return null;
    return c.next !== undefined && PAPER_SERIES.test(c.next) && !/[,;]/.test(c.line) ? hit("outlet-line", "outlet", { outlet: c.line }) : hit("byline");
  },
  // ("Our Correspondent" over "Beijing": the place the story was filed from, on its own line under the byline; no title, no publisher.)
  (c) => (c.inHeader && c.previousRule === "byline" && /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u.test(c.line) && candidatesFor(c.line).length > 0 && personNameForm(c.line.split(" ")) === null ? hit("dateline") : null),
  // "FP Staff", "CGTN Digital Desk" alone under the title: a newsroom credited as the writer.
  (c) => (c.inHeader && c.afterTitleOrDateline && STAFF_CREDIT.test(c.line) && bylineNames(c.line)?.length === 1 ? hit("byline", "author", { author: c.line }) : null),
  // "Photographer: Roman Pilipey" under a photo essay's title: whose pictures and words the page is.
  // ("Photography by Daniel Hartwell", "Photographs by Ma Lin" under a long read's byline: its pictures' maker, credited beside the writer.)
  (c) => {
    const by = c.inHeader && c.afterTitleOrDateline ? PICTURES_CREDIT.exec(c.line) : null;
    const names = by === null ? null : bylineNames(by[1]!);
    return names !== null && names.length > 0 ? hit("byline", "author", { author: names.join("; ") }) : null;
  },
  // "(Reporting by Yew Lun Tian; Editing by Shri Navaratnam and Clarence Fernandez)": a wire story's credits
  // at its end, whose reporters and writers are its authors and whose editors are the desk's.
  (c) => {
    const credits = WIRE_CREDITS.exec(c.line);
    // ("Reporting by Helen Ou, Marcus Tan and Ding Ruoxi" under a live page's introduction: the credits on a line of
    // their own, names and nothing else.)
    const bare = credits === null ? BARE_REPORTING_BY.exec(c.line) : null;
    // ("Reporting by Duan Qiong and Mu Xiaoyun; Trans-editing by Yang Shuting": and the desk's credits after a semicolon.)
    const reporters = bare ? bylineNames(bare[1]!.split("; ")[0]!) : null;
    if (reporters && reporters.length > 0) return hit("byline", "author", { author: reporters.join("; ") });
    if (credits === null) return null;
    // ("Additional reporting by Chen Aiping in Guiyang": a second reporter, where the first filed from.)
    const names = credits[1]!.split("; ").flatMap((part) => {
      const by = /^(?:(?:[Aa]dditional )?[Rr]eporting|Writing) by (.+)$/.exec(part);
      return by === null ? [] : (bylineNames(by[1]!) ?? []);
    });
    return names.length > 0 ? hit("byline", "author", { author: names.join("; ") }) : hit("byline");
  },
  // "Reported by Erkin Tursun for RFA's Uyghur Service. Translated by ... Written in English by Sarah Whitfield.": a
  // broadcaster's credits under its web story, its reporter and its writer the authors, the service its outlet.
  (c) => {
    const credits = REPORTED_AND_WRITTEN.exec(c.line);
    const names = credits === null ? null : [...(bylineNames(credits[1]!) ?? []), ...(bylineNames(credits[3]!) ?? [])];
    if (names === null || names.length === 0) return null;
    return hit("byline", "author", { author: [...new Set(names)].join("; "), ...(credits![2] !== undefined ? { outlet: credits![2] } : {}) });
  },
  // "Published Aug 2, 2021" / "Share" / "Xinhua": a wire service's name alone among the page's furniture near its
  // top, under a standfirst as much as under the title, is the source of the story under it.
  // ("THE ASSOCIATED PRESS" over the date: a wire's full name credits the story wherever near the top it stands, the first line too.)
  (c) => (WIRE_SERVICE_NAME.test(c.line) && c.previousRule !== null && (c.lineIndex ?? WIRE_CREDIT_LINES) < WIRE_CREDIT_LINES ? hit("outlet-line", "outlet", { outlet: c.line }) : null),
  (c) => (WIRE_SERVICE_FULL_NAME.test(c.line) && (c.lineIndex ?? WIRE_CREDIT_LINES) < WIRE_CREDIT_LINES ? hit("outlet-line", "outlet", { outlet: nameCased(c.line) }) : null),
  // ("Reuters, WASHINGTON" under the headline and its standfirst: the service, then the city in capitals it filed from.)
  (c) => {
    const credit = (c.lineIndex ?? WIRE_CREDIT_LINES) < WIRE_CREDIT_LINES ? SERVICE_AND_CITY.exec(c.line) : null;
    return credit !== null && WIRE_SERVICE_NAME.test(credit[1]!) ? hit("outlet-line", "outlet", { outlet: credit[1]! }) : null;
  },
  // ("Heliyon logoLink to Heliyon": a journal's logo, its alternative text and its link run together, naming the journal.)
  (c) => {
    const logo = c.inHeader ? LOGO_LINK.exec(c.line) : null;
    return logo && logo[1] === logo[2] ? hit("outlet-line", "outlet", { outlet: logo[1]! }) : null;
  },
  // ("High-altitude relocation in Tibet Empty Re: High-altitude relocation in Tibet": a board's post title bar, the
  // title, the icon's alternative text and the title again.)
  (c) => (isIconTitleBar(c.line) ? hit("forum-header") : null),
  // ("Heard on World Tonight" under a broadcaster's date line: the programme the story aired on, a section of the outlet.)
  (c) => {
    const show = c.inHeader ? AIRED_ON.exec(c.line) : null;
    return show ? hit("labelled-metadata", "section", { section: show[1]! }) : null;
  },
  // ("Dr. LUO Minghui" over "Deputy Director General, Household Survey Department, ...": the writer's post and where they work.)
  (c) => (c.previousRule === "byline" && WRITERS_POST.test(c.line) ? hit("byline") : null),
  // ("Authors:" over "Mareike Seidel" over "University of Tübingen": a repository's label over its writers' names, a line each.)
  // ("Authors:" over "Pema Dorje, Highland Rights Monitor" over "Sarah Lindqvist, University of Bergen": or each with where
  // they work after a comma.)
  (c) => {
    if (!c.inHeader || !(AUTHORS_LABEL_ALONE.test(c.previous ?? "") || (c.previousRule === "byline" && AUTHORS_LABEL_ALONE.test(c.twoBack ?? "")))) return null;
    const author = NAME_LINE.test(c.line) && !namesPublisher(c.line) ? c.line : affiliatedName(c.line, false);
    return author !== null ? hit("byline", "author", { author }) : null;
  },
  (c) => (AUTHORS_LABEL_ALONE.test(c.line) && c.next !== undefined && (NAME_LINE.test(c.next) || affiliatedName(c.next, false) !== null) ? hit("byline") : null),
  // ("Xuemei Tang" over "1,*": the last writer's affiliation numbers and star, no publisher's name.)
  (c) => (c.inHeader && c.previousRule === "byline" && AFFILIATION_MARKS.test(c.line) ? hit("byline") : null),
  // ("Dong Lixia1,*, Tenzin Dolkar2" over "1School of Public Administration, Sichuan University, ..." and "2Institute of ...":
  // each writer's affiliation under its number, no publisher.)
  (c) => (c.inHeader && c.previousRule === "byline" && NUMBERED_AFFILIATION.test(c.line) ? hit("byline") : null),
  // ("Zhou Meiling, Senior Fellow and Director, Programme on Rural Governance" under a brief's title: a writer and their post.)
  (c) => {
    // (Not a speaker under "Speakers" or "Moderator" on an event's page.)
    // (Nor, under a date line naming its writer, the one an interview is with.)
    const writerDated = c.previousRule === "dateline" && /\bby \p{Lu}/u.test(c.previous ?? "");
    const writer = c.inHeader && c.title !== undefined && !writerDated && !(c.previous !== undefined && PARTICIPANTS_LABEL_ALONE.test(c.previous)) ? WRITER_AND_POST.exec(c.line) : null;
    return writer && personNameForm(writer[1]!.split(" ")) !== null ? hit("byline", "author", { author: writer[1]! }) : null;
  },
  // ("Xinjiang Institute of Development Studies Working Paper No. 2020-14": a series' number, its publisher named before it.)
  // ("CIRDS Working Paper No. 2020/07": a series' number under its publisher's initials, which name no outlet a line
  // spelling the publisher out may not name better.)
  (c) => {
    const series = c.inHeader ? PUBLISHER_SERIES_NUMBER.exec(c.line) : null;
    if (series) return hit("labelled-metadata", "outlet", { outlet: series[1]! });
    return c.inHeader && INITIALS_SERIES_NUMBER.test(c.line) ? hit("labelled-metadata") : null;
  },
  // ("See all articles by Gulnar Tursunova" over "Gulnar Tursunova" over her affiliation: a repository's link to an
  // author's papers, over the author's name.)
  (c) => {
    const linked = ALL_ARTICLES_BY.exec(c.line);
    if (linked) return hit("byline", "author", { author: linked[1]! });
    return c.previous !== undefined && ALL_ARTICLES_BY.exec(c.previous)?.[1] === c.line ? hit("byline", "author", { author: c.line }) : null;
  },
  // ("r/Kazakhstan" / "•" / "3 yr. ago" / "zhetisu_qyz": the poster's handle under their post's age.)
  (c) => (c.inHeader && c.previous !== undefined && POST_AGE_LINE.test(c.previous) && HANDLE_ALONE.test(c.line) ? hit("byline", "author", { author: c.line.replace(/^u\//, "") }) : null),
  // ("Martha Quinn" over "Admin · Top contributor" over the day: a group post's writer over the badges the group gives them.)
  (c) => (c.next !== undefined && MEMBER_BADGES.test(c.next) && NAME_LINE.test(c.line) && personNameForm(c.line.split(" ")) !== null ? hit("byline", "author", { author: c.line }) : null),
  // ("Frontier Ledger Supporter" over "Become a supporter of the show!": a podcast host's box asking for support, the show's name in it.)
  (c) => (c.next !== undefined && / Supporter$/.test(c.line) && wordCount(c.line) <= 6 && /^Become a supporter\b/i.test(c.next) ? hit("site-navigation") : null),
  (c) => {
    // "re posted from EIR Daily Alert Service", "Republished from The Conversation": where a copy came from.
    const copied = REPOSTED_FROM.exec(c.line);
    if (copied) return hit("labelled-metadata", "outlet", { outlet: (copied[1] ?? copied[2]!).trim().replace(/^The /, "") });
    // ("China Daily (People's Republic of China)" over the site it ran on and its day: a paper with its country in brackets.)
    const edition = c.inHeader && c.afterTitleOrDateline ? PAPER_WITH_COUNTRY.exec(c.line) : null;
    if (edition && looksLikePublisher(edition[1]!)) return hit("outlet-line", "outlet", { outlet: edition[1]! });
    // A short name-like line right under the title or dateline, such as "Global Times" or "China.org.cn".
    // A longer one when it names a body: "The State Council Information Office of the People's Republic of China".
    const limit = PUBLISHER_HEAD.test(c.line) ? 12 : 4;
    // ("Honorable Governor Ma Lan," under a speech's title: a salutation runs on, as no publisher's name does.)
    // ("X", a share button's letter: no publisher's name is one letter.)
    // ("Mr. Pendleton" under a record's citation line: a member's name over the question they put, no publisher.)
    // ("Show Notes Transcript": a player's tabs, each a heading a text may open with; "N/A": a record's empty field.)
    // ("1,2,* and" over "Margaret O'Donnell": an author's marks over the next author, no publisher.)
    // ("Completion Evaluation" under a project's name: the kind of report it is; "Table of Contents": a heading; no publisher.)
    // ("Han Xuemei, Evaluation Officer, Hearthstone Foundation China Office": a writer's name before their post and body.)
    // ("Village in Tibet, China" under a wiki mirror's title: the entry's short description, no publisher.)
    if (c.line === "N/A" || ENTRY_COLLECTED.test(c.line) || SHORT_DESCRIPTION.test(c.line) || EVALUATION_KIND.test(c.line) || CONTENTS_HEADING.test(c.line) || (c.previous !== undefined && AFFILIATION_MARKS.test(c.previous)) || FILED_IN.test(c.line) || !c.inHeader || !c.afterTitleOrDateline || wordCount(c.line) > limit || ENDS_LIKE_PROSE.test(c.line) || c.line.endsWith(",") || c.line.length < 2 || TITLED_SURNAME_ALONE.test(c.line) || PLAYER_TABS.test(c.line) || nameBeforePost(c.line) !== null) return null;
    // ("Aslan" over "Chief Minister (5k+ posts)": a member's name over their rank, not a publisher's.)
    // ("The State Council's Poverty Alleviation Office" over "repeatedly said publicly that ...": a subtitle's
    // line that the next, in lower case, goes on from.)
    if (c.next !== undefined && (MEMBER_RANK.test(c.next) || PROFILE_LABEL.test(c.next) || /^\p{Ll}/u.test(c.next))) return null;
    // ("Jane Roe 0:05": a transcript's first turn, its speaker and the clock.)
    // ("Capital: Lhasa": an infobox's row, a label and its value.)
    // ("1.Basic Information": a numbered section's heading.)
    // ("Simplified Chinese精准扶贫": an infobox's label run into its value in Chinese script.)
    // ("1/4": a line with no letter names no one.)
    if (!/^[A-Z0-9]/.test(c.line) || !/\p{L}/u.test(c.line) || /\d{3,}|\d:\d\d|\p{Script=Han}/u.test(c.line) || /^\d{1,2}\.\s?\p{Lu}/u.test(c.line) || HEADING.test(c.line) || c.line.includes(": ")) return null;
    const words = c.line.split(" ");
    // ("People's Daily app" under the byline: the paper's app, named in lower case after the paper.)
    const capitalised = words.every((w, k) => /^[A-Z0-9(&]/.test(w) || /^(?:of|the|and|for|in|on|de)$/.test(w) || (k === words.length - 1 && k >= 2 && w === "app"));
    // (The headline set again under itself is a repetition, not a publisher's name; "Lop County" under a
    // wiki's "= Lop County =" too.)
    // ("China" under the headline: a section named for a country or a province, no publisher.)
    const region = candidatesFor(c.line).some((place) => place.level === "country" || place.level === "province" || place.level === "region");
    // ("Around China", "In the Spotlight", "The Claim": a section's phrase, no publisher.)
    // ("Tongwei County" under "Tongwei County Explained": the entry's place, named with its level, no publisher.)
    // ("Human Rights Opinion" over the headline: a topic and the kind of piece, a section's label.)
    // ("Gansu Government Leaders Highlight Rural Work" over "Updated:2019-02-13 17:10:40": a headline over its date line; a
    // masthead over one is a name of a few words.)
    // (Not a body's name, which ends on its head word or on what it is "of": "The State Council Information Office of ...".)
    // ("By Daniel Ostrowski" / "The Wall Street Journal" / "Updated: ...": a paper named right under its writer's byline is the outlet.)
    const overDateLine = c.previousRule !== "byline" && wordCount(c.line) >= 4 && c.next !== undefined && readDateLine(c.next) !== null && !endsAsBodyName(c.line);
    // ("Vice Minister of the State Council Leading Group Office of" over the rest of the post: a line that runs on
    // into the next, ending on a small word, names no publisher.)
    const runsOn = /\b(?:of|the|and|for|in|on|at|to)$/.test(c.line);
    // ("Economy" under a thread's title: a post's flair, a section's name.)
    // ("Public Disclosure Authorized" under a report's first line: a lender's stamp, no publisher; "UPDATED" over its day, a label.)
    return capitalised && !DISCLOSURE_STAMP.test(c.line) && !DAY_LABEL_ALONE.test(c.line) && !region && !overDateLine && !runsOn && !SECTION_PHRASE.test(c.line) && !SECTION_NAME.test(c.line) && !SECTION_AT_END.test(c.line) && !PLACE_WITH_LEVEL.test(c.line) && !isHeadingInCapitals(c.line) && !PAGE_KIND.test(c.line) && c.line !== c.title?.replace(/^=+ | =+$/g, "") ? hit("outlet-line", "outlet", { outlet: c.line.replace(/^The /, "") }) : null;
  },
  // ("Recent Posts" over "Yunnan tea towns bet on 3 million tourists", "Archives" over "August 2025": a blog's sidebar, a
  // heading over short links; each is a link of the list, and its months date nothing.)
  // (Under the text only: over a headline, a run of links stops where the title starts.)
  (c) => (inSidebar(c) && wordCount(c.line) <= SIDEBAR_ITEM_WORDS && !/[.:;,]$/.test(c.line) && !SIDEBAR_HEADING.test(c.line) ? hit("link-list") : null),
  // ("• Ma Lihua," over "• Ablikim Yasin," under a paper's title: its authors, one to a bulleted line, two or more.)
  (c) => {
    const listed = c.inHeader ? LISTED_AUTHOR.exec(c.line) : null;
    if (listed === null || personNameForm(listed[1]!.split(" ")) === null) return null;
    return LISTED_AUTHOR.test(c.previous ?? "") || LISTED_AUTHOR.test(c.next ?? "") ? hit("byline", "author", { author: listed[1]! }) : null;
  },
  // ("Volume 12 - 2024 | https://doi.org/10.3389/..." and "This article is part of the Research Topic ... View all 14
  // articles": a journal page's volume with the paper's address, and its link to the papers filed with it.)
  (c) => (c.inHeader && (VOLUME_AND_DOI.test(c.line) || RESEARCH_TOPIC.test(c.line)) ? hit("link-list") : null),
  // ("By Daniel Ostrowski" / "The Wall Street Journal" under a standfirst: the paper named under its writer's byline, in the body as in the header.)
  (c) => (!c.inHeader && c.previousRule === "byline" && wordCount(c.line) <= PAPER_UNDER_BYLINE_WORDS && namesPublisher(c.line) && !ENDS_LIKE_PROSE.test(c.line) ? hit("outlet-line", "outlet", { outlet: c.line }) : null),
  // ("by" / "Qubi Shiniu" / "1," / "Tan Yuwei" / "1,2,* and" / "Rebecca Hollis": a journal page's authors a line each, the
  // numbers of their affiliations on the lines between.)
  (c) => {
    if (!c.inHeader) return null;
    const listed = c.previous !== undefined && c.twoBack !== undefined && AFFILIATION_MARKS.test(c.previous) && NAME_LINE.test(c.twoBack) && NAME_LINE.test(c.line) && !namesPublisher(c.line);
    return listed ? hit("byline", "author", { author: c.line }) : null;
  },
  // ("You can follow @ellen_marsh_geo." under an unrolled thread: the thread's writer, by their handle.)
  (c) => {
    const follow = FOLLOW_WRITER.exec(c.line);
    return follow ? hit("byline", "author", { author: follow[1]! }) : null;
  },
  // ("Research · PDF Available", "Article · Full-text available": a repository's kind of work over its title.)
  (c) => (REPOSITORY_KIND.test(c.line) ? hit("site-navigation") : null),
  // ("- ROSALIND PRYCE" over "May 27, 2019" under a standfirst: a paper's byline, a dash and the writer in capitals.)
  (c) => {
    const dashed = c.inHeader && c.next !== undefined ? DASHED_NAME_IN_CAPITALS.exec(c.line) : null;
    return dashed && opensOnBareDay(c.next!, "day") ? hit("byline", "author", { author: nameCased(dashed[1]!) }) : null;
  },
  // ("Any time ▾ Sort by: Relevance ▾": a search page's menus, each with its arrow.)
  (c) => (DROPDOWN_MENUS.test(c.line) ? hit("site-navigation") : null),
  // ("See here for a full list of transcripts": a link to the site's other pages, no headline.)
  (c) => (SEE_HERE_LINK.test(c.line) ? hit("link-list") : null),
  // ("No Cover Photo": a catalogue's empty picture, no headline.)
  (c) => (NO_PICTURE.test(c.line) ? hit("image-file") : null),
  // ("• Journal:" over "Yunnan Daily": a catalogue's label over the paper a record's piece ran in.)
  (c) => (JOURNAL_LABEL_ALONE.test(c.line) ? hit("labelled-metadata") : null),
  (c) => (c.previous !== undefined && JOURNAL_LABEL_ALONE.test(c.previous) && wordCount(c.line) <= 8 && /^\p{Lu}/u.test(c.line) && !ENDS_LIKE_PROSE.test(c.line) ? hit("labelled-metadata", "outlet", { outlet: c.line }) : null),
  // ("• He, X. M." under a record's title: its writer by surname and initials, a bulleted line of their own.)
  (c) => {
    const cited = c.inHeader ? SURNAME_INITIALS_ITEM.exec(c.line) : null;
    return cited ? hit("byline", "author", { author: cited[1]! }) : null;
  },
  // ("This article is more than 6 years old": a paper's banner over an old story, no headline.)
  (c) => (AGE_BANNER.test(c.line) ? hit("render-chrome") : null),
  // ("Dilnur AbdukerimDilnur Abdukerim1Tashi DorjeTashi Dorje2": a journal page's authors, each name set twice (the
  // link and its label) and then the number of the writer's affiliation.)
  (c) => {
    const names = c.inHeader ? namesSetTwice(c.line) : null;
    return names === null ? null : hit("byline", "author", { author: names.join("; ") });
  },
  // ("Document of the Fund for Mountain Agriculture and Rural Livelihoods" on a report's cover: the lender that issued it.)
  (c) => {
    // ("Document of" over "The World Bank": the cover sets the lender's name on a line of its own.)
    const issuer = !c.inHeader ? null : DOCUMENT_OF.exec(c.line) ?? (c.line === "Document of" && c.next !== undefined ? DOCUMENT_OF.exec(`Document of ${c.next}`) : null);
    return issuer ? hit("outlet-line", "outlet", { outlet: issuer[1]! }) : null;
  },
  // ("Mountain Development Studies ›› 2023, Vol. 9 ›› Issue (4) : 100187": a journal portal's citation of the paper, the
  // journal and the year it ran in.)
  (c) => {
    const cited = c.inHeader ? JOURNAL_YEAR_VOLUME.exec(c.line) : null;
    return cited ? hit("labelled-metadata", "outlet", { outlet: cited[1]!, published: cited[2]! }) : null;
  },
  // ("Programme Evaluation:" set three times under "REPORTS IN THIS SERIES": a cover's list of a series' titles, cut
  // at the colon; a label said twice running opens no one's turn.)
  (c) => (/^\p{Lu}[^:]{2,40}:$/u.test(c.line) && (c.previous === c.line || c.next === c.line) ? hit("link-list") : null),
  // ("Consultant:" over "Dr. Huang Xiaoyu" in a report's front matter: a member of the team that wrote it, no speaker's turn.)
  (c) => {
    if (TEAM_ROLE_ALONE.test(c.line) && c.next !== undefined && teamMember(c.next) !== null) return hit("labelled-metadata");
    const member = c.previous !== undefined && TEAM_ROLE_ALONE.test(c.previous) ? teamMember(c.line) : null;
    return member !== null ? hit("byline", "author", { author: member }) : null;
  },
  // ("Lazi JIKE, Hong ZHOU. Walking further to learn: ...[J]. Mountain Geography and Development, 2022, 41(4): 688": a
  // portal's "Cite this" line, the paper cited in the Chinese standard's form.)
  (c) => (c.inHeader && CITED_JOURNAL_PAPER.test(c.line) ? hit("labelled-metadata") : null),
  // ("(By Peng Xiaolan, Luo Jie)" under a portal's story: its writers, in brackets on a line of their own.)
  (c) => {
    const bracketed = BRACKETED_BYLINE.exec(c.line);
    const credited = bracketed !== null && (/^\((?:Written |Reported )?[Bb]y /.test(c.line) || OUTLET_REPORTERS.test(bracketed[1]!));
    const author = credited ? parseByline(`By ${bracketed![1]!}`)?.author : bracketedWriter(c.line) ?? undefined;
    return author !== undefined ? hit("byline", "author", { author }) : null;
  },
  // ("KENJI ARAKAWA and LIN SHUFEN, Nikkei staff writers": a paper's byline with no "By", its writers and what they are to it.)
  (c) => {
    const staff = c.inHeader ? STAFF_WRITERS.exec(c.line) : null;
    return staff ? hit("byline", "author", { author: staff[1]!.split(/, | and /).map((n) => (n === n.toUpperCase() ? nameCased(n) : n)).join(" and ") }) : null;
  },
  // ("shared by ferrous_wheel  ·  1,214 days ago  ·  #china": a link board's poster, and how long ago; "submitted 2
  // years ago by tieguanyin_fan to c/china@lemmy.example": a federated board's; "Thread by
  // @handle (Ma Jianhua 马建华)" over an unrolled thread: its writer, by name.)
  (c) => {
    const poster = c.inHeader ? SHARED_BY_AGO.exec(c.line) ?? THREAD_BY_HANDLE.exec(c.line) : null;
    return poster ? hit("byline", "author", { author: (poster[1] ?? poster[2]!).replace(NAME_IN_HAN_AFTER, "") }) : null;
  },
  // ("Note: Where available, the PDF/Word icon below is provided ..." / "Disclaimer: The Library does not warrant ...": an
  // archive's notes on its copy, set over the record at the page's top.)
  (c) => (c.inHeader && (c.lineIndex ?? Infinity) < ARCHIVE_NOTE_LINES && ARCHIVE_NOTE.test(c.line) ? hit("render-chrome") : null),
  // ("See discussions, stats, and author profiles for this publication at: https://..." / "CITATIONS READS" / "3 authors,
  // including:" / "12 PUBLICATIONS 58 CITATIONS" / "SEE PROFILE": the cover a research network sets before a paper's PDF.)
  (c) => (NETWORK_COVER.test(c.line) || (c.previous !== undefined && /^CITATIONS\s+READS$/.test(c.previous) && /^\d[\d,]*\s+\d[\d,]*$/.test(c.line)) ? hit("render-chrome") : null),
  // ("Conference Paper · November 2021": the network's kind of work and when it came out.)
  (c) => {
    const kind = c.inHeader ? WORK_KIND_AND_MONTH.exec(c.line) : null;
    return kind ? hit("dateline", "published", { published: kind[1]! }) : null;
  },
  // ("Volume 13 Issue 4", "Volume 109, October 2021, 105642": a journal page's line for the issue a paper ran in, over or
  // under its title, and the month of the issue where it names one.)
  (c) => {
    const issue = c.inHeader ? ISSUE_LINE.exec(c.line) : null;
    // (A labelled day, "Article publication date: 9 November 2021", is surer than the issue's month.)
    const month = issue?.[1] ?? issue?.[2];
    return issue ? hit("dateline", "published", month !== undefined ? { published: month } : {}) : null;
  },
  // ("Contents" over "Summary 1" / "Methodology 4" / "I. Background 5": a contents page's entries without leaders.)
  (c) => (isPagedEntry(c.line) && ((c.previous !== undefined && CONTENTS_HEADING.test(c.previous.trim())) || (c.previousRule === "link-list" && isPagedEntry(c.previous ?? ""))) ? hit("link-list") : null),
  // ("Related news" over "Ministry of Agriculture: Grain output reached 682.85 million tons in 2021" and more such lines:
  // other stories' headlines under the list's head, set without bullets, each no sentence.)
  (c) => (!c.inHeader && listedHeadline(c.line) && wordCount(c.line) >= 3 && wordCount(c.line) <= LISTED_HEADLINE_WORDS && ((c.previousRule === "site-navigation" && LINK_LIST_HEAD.test(c.previous ?? "")) || (c.previousRule === "link-list" && listedHeadline(c.previous ?? ""))) ? hit("link-list") : null),
  // ("Tsering Yangzom a, Li Haojie a b, Katharina Brenner c", "Wei Li 1,2 and Jane Roe 3,*": a paper's authors, each with
  // the marks that point to their affiliations.)
  (c) => {
    if (!c.inHeader || !MARKED_AUTHORS.test(c.line)) return null;
    const names = c.line.replace(/^by /i, "").split(AUTHOR_MARKS).map((n) => n.replace(/^(?:,? and |, )/, "").trim()).filter((n) => n !== "");
    // (The marks say they are authors; one name of a known form is enough to say they are people.)
    return names.some((n) => personNameForm(nameCased(n).split(" ")) !== null) ? hit("byline", "author", { author: names.join("; ") }) : null;
  },
  // ("1. Content" / "2. Navigation" / ... / "6. Choose from 30 Languages": a broadcaster's numbered links that skip to
  // the parts of its page.)
  (c) => ((c.lineIndex ?? Infinity) < SKIP_LINK_LINES && SKIP_LINK.test(c.line) ? hit("site-navigation") : null),
  // ("Date 21.04.2021" / "Author Lena Fischbach" / "Related Subjects": a broadcaster's facts under its story, each label
  // before its value with no colon.)
  (c) => {
    const writer = c.previous !== undefined && /^Date \d/.test(c.previous) ? UNCOLONED_AUTHOR.exec(c.line) : null;
    return writer ? hit("byline", "author", { author: writer[1]!.replace(/, /g, "; ") }) : null;
  },
  // ("Nurgul Tursun" over "Former village interpreter in Kashgar · Author has 96 answers and 812.4K answer views": a
  // question site's answerer over what they say they are and how much they have answered; the answer is theirs.)
  (c) => {
    if (c.previous !== undefined && ANSWERER_NAME.test(c.previous) && ANSWERER_STATS.test(c.line)) return hit("forum-header");
    const answerer = c.inHeader && ANSWERER_NAME.test(c.line) && c.next !== undefined && (ANSWERER_STATS.test(c.next) || CREDENTIAL_AND_DAY.test(c.next));
    return answerer && personNameForm(c.line.split(" ")) !== null ? hit("byline", "author", { author: c.line }) : null;
  },
  // ("VRI" over "Valley Radio International" near the top: the site's logo, its initials, over its name written out.)
  (c) => (c.inHeader && (c.lineIndex ?? Infinity) < SKIP_LINK_LINES && c.previous !== undefined && /^\p{Lu}{2,6}$/u.test(c.previous) && c.line.replace(/[^\p{Lu}]/gu, "") === c.previous && wordCount(c.line) >= 2 ? hit("outlet-line", "outlet", { outlet: c.line }) : null),
  // ("Saturday, November 14, 2020 | 29°C Malé": a news theme's top bar, the reader's own day and the weather in the
  // paper's city; no publication date.)
  (c) => (c.inHeader && DAY_AND_WEATHER.test(c.line) && findDates(c.line).length > 0 ? hit("render-chrome") : null),
  // ("2022, Asian Rural Development Review, № 3, p. 301-327": a citation index's line for where the paper ran, the year
  // first.)
  (c) => {
    const cited = c.inHeader ? YEAR_JOURNAL_PAGES.exec(c.line) : null;
    return cited ? hit("labelled-metadata", "outlet", { outlet: cited[2]!, published: cited[1]! }) : null;
  },
  // ("Fair Threads Coalition published this content on 23 October 2020 and is solely responsible for the information
  // contained therein.": a distribution service's disclaimer under a body's statement, naming the body and the day.)
  (c) => {
    const issued = PUBLISHED_THIS_CONTENT.exec(c.line);
    return issued ? hit("labelled-metadata", "outlet", { outlet: issued[1]!, published: issued[2]! }) : null;
  },
  // ("Fiona Marsh (tumbleweed_kz) wrote," over a journal's entry: its writer by name, then by handle.)
  (c) => {
    const wrote = c.inHeader ? NAME_HANDLE_WROTE.exec(c.line) : null;
    return wrote ? hit("byline", "author", { author: wrote[1]! }) : null;
  },
  // ("- Subject: [ruraldev-l] Dongxiang county: ...": a list archive's message header, its subject after the list's tag;
  // its sender is read with the labels.)
  (c) => {
    const subject = c.inHeader ? LIST_SUBJECT.exec(c.line) : null;
    return subject ? hit("labelled-metadata", "title", { title: subject[1]! }) : null;
  },
  // ("Cotton #2 70.35 +1.02%", "Shanghai Composite 3,052.14 -0.41%": a market ticker's line, a name, a price and its change.)
  (c) => (TICKER_LINE.test(c.line) ? hit("advertising") : null),
  // ("Land Use Policy" over "Volume 109, October 2021, 105642": the journal's name over its issue, as sure as a label.)
  (c) => {
    // (">The China Development Review" over ">Volume 41 Issue 2": or a trail's last steps, each on a line of its own.)
    const journal = c.inHeader && c.next !== undefined && ISSUE_LINE.test(c.next) ? c.line.replace(/^(?:[•·] |> ?)/, "") : null;
    // ("Central Asian Survey" over "List of Issues" over "Volume 43, Issue 2": the link to the journal's issues names none.)
    if (journal !== null && ISSUES_LINK.test(journal)) return c.previous !== undefined && JOURNAL_NAME.test(c.previous) && !ISSUES_LINK.test(c.previous) ? hit("site-navigation", null, { outlet: c.previous }) : hit("site-navigation");
    return journal !== null && JOURNAL_NAME.test(journal) ? hit("labelled-metadata", "outlet", { outlet: journal }) : null;
  },
  // ("Subtitles: English · Downloads: 1,284 · Rating 4.2/5 (37 votes)": a file page's labelled fields, a counter among them.)
  (c) => (isLabelledCounters(c.line) ? hit("engagement-counts") : null),
  // ("Art and design" / "Life and style" / "US news" / "World news" over the headline: a paper's sections, one to a line.)
  (c) => (c.inHeader && SECTION_NAME.test(c.line) && ((c.previous !== undefined && SECTION_NAME.test(c.previous)) || (c.next !== undefined && SECTION_NAME.test(c.next))) ? hit("site-navigation") : null),
  // ("An official website of the United States government" / "Here's how you know" / "The .gov means it’s official. ...":
  // a government site's banner over every page.)
  (c) => (OFFICIAL_SITE_BANNER.test(c.line) ? hit("site-navigation") : null),
  // ("ASIA RIGHTS WATCHGROUP" over "PUBLIC STATEMENT": a body's name in capitals over the kind of document it issues.)
  (c) => (c.inHeader && c.next !== undefined && ISSUED_KIND_IN_CAPITALS.test(c.next) && BODY_IN_CAPITALS.test(c.line) ? hit("outlet-line", "outlet", { outlet: nameCased(c.line) }) : null),
  // ("Public Disclosure Authorized", "Public Disclosure Copy": a development bank's stamp down the side of each page.)
  (c) => (DISCLOSURE_STAMP.test(c.line) ? hit("page-header-footer") : null),
  // ("Article Talk", "Read Edit View history", "Tools" between a wiki article's name and its tagline: the wiki's tabs.)
  (c) => (WIKI_TABS.test(c.line) ? hit("site-navigation") : null),
  // ("► 2020 (131)", "▼ September (12)" under "Blog Archive"; "Followers (388)": a blog's sidebar, its posts counted by
  // year and month, and its readers.)
  (c) => (BLOG_ARCHIVE_ITEM.test(c.line) ? hit("link-list") : FOLLOWER_COUNT.test(c.line) ? hit("engagement-counts") : null),
  // ("37 Answers · 41.6K Views · Follow 212": a question's counters and buttons, set apart by dots.)
  (c) => (c.line.includes(" · ") && c.line.split(" · ").every((piece) => COUNTER_PIECE.test(piece)) ? hit("engagement-counts") : null),
  // ("1/4", "2 / 4" alone over each part of a slide show: which slide of how many, no fraction the text states.)
  (c) => {
    const slide = SLIDE_COUNTER.exec(c.line);
    return slide && Number(slide[1]) >= 1 && Number(slide[1]) <= Number(slide[2]) ? hit("pagination") : null;
  },
  // ("Proceedings of the 2021 International Conference on Rural Development (RDPP 2021)" over a paper's title: the
  // volume it is printed in, no title of its own.)
  (c) => (c.inHeader && PROCEEDINGS_VOLUME.test(c.line) ? hit("labelled-metadata") : null),
  // ("Thread by @ashimo_liangshan" over "Naqie Ashimo @ashimo_liangshan": an unrolled thread's writer, by name and the same handle.)
  (c) => {
    const named = c.inHeader ? NAME_THEN_HANDLE.exec(c.line) : null;
    return named && c.previous === `Thread by @${named[2]!}` ? hit("byline", "author", { author: named[1]! }) : null;
  },
  // ("Xinjiang's cotton pickers: what the numbers say by dilnur.writes" over "· @dilnur.writes · (edited)": a blockchain
  // blog's explorer heads the post with its title and its writer's handle, the title set again below.)
  (c) => {
    const signed = c.inHeader ? TITLE_BY_HANDLE.exec(c.line) : null;
    return signed && [c.next, c.twoAhead].some((l) => l?.includes(`@${signed[1]!}`)) ? hit("byline", "author", { author: signed[1]! }) : null;
  },
  // ("Vivian Cao" / "Follow" / "Published in China Social Pulse" / "6 min read": the publication a blogging platform's post
  // appears in, its outlet.)
  (c) => {
    const publication = c.inHeader ? PUBLISHED_IN.exec(c.line) : null;
    return publication && findDates(c.line).length === 0 ? hit("outlet-line", "outlet", { outlet: publication[1]! }) : null;
  },
  // ("Helen Marchetti" over "+ FOLLOW", "Vivian Cao" over "Follow", "Martina Kessler" over "March 9, 2021", "Yiran Tao"
  // over "@ytao@scholar.social": a writer's name alone on its line, over the button to follow them, their handle or the day.)
  (c) => {
    // ("The Back Roads Podcast" over "+ Follow": a show has followers too; the line must read as a person's name.)
    if (!c.inHeader || c.next === undefined || !NAME_LINE.test(c.line) || namesPublisher(c.line) || personNameForm(c.line.split(" ")) === null) return null;
    if (FOLLOW_BUTTON.test(c.next) || FEDIVERSE_HANDLE.test(c.next)) return hit("byline", "author", { author: c.line });
    const dated = readDateLine(c.next);
    return dated !== null && dated.outlet === null && dated.author === null && findDates(c.next)[0]?.start === 0 ? hit("byline", "author", { author: c.line }) : null;
  },
  // ("Image source, Getty Images" / "Image caption," / "Apartment blocks at ...": a broadcaster's labels for a picture's
  // credit and caption, and the caption under its label.)
  (c) => (IMAGE_LABEL.test(c.line) || (c.previous !== undefined && IMAGE_CAPTION_LABEL.test(c.previous) && c.previousRule === "image-file") ? hit("image-file") : null),
  // ("Uploaded by Yan Qiuping" under a video: the one who put it up, by name, a video page's writer; a document site's
  // "Uploaded by labourwatch_docs" names an account, no writer.)
  (c) => {
    const uploader = c.inHeader ? UPLOADED_BY.exec(c.line) : null;
    return uploader && personNameForm(uploader[1]!.split(" ")) !== null ? hit("byline", "author", { author: uploader[1]! }) : null;
  },
  // ("146 p. : ill., maps ; 28 cm.", "Copies:  1 copy available (Graduate Reading Room)": a library record's description of
  // the volume and its holdings, no figures of the text's.)
  (c) => (PHYSICAL_DESCRIPTION.test(c.line) || HOLDINGS_LINE.test(c.line) ? hit("labelled-metadata") : null),
  // ("IWN Web Team" under the headline: a newsroom's desk credited as the writer.)
  (c) => (c.inHeader && NEWSROOM_DESK.test(c.line) ? hit("byline", "author", { author: c.line }) : null),
  // ("Canada Post loses 400 parcels · 12 comments · 3 days ago": another story's link in a comment widget's list, with its count
  // of comments and its age.)
  (c) => (TEASER_WITH_COMMENTS.test(c.line) ? hit("link-list") : null),
  // ("- Published" over "9 November 2022": the label of the day under it, on a line of its own.)
  (c) => (c.inHeader && DAY_LABEL_ALONE.test(c.line) && c.next !== undefined && readDateLine(c.next) !== null ? hit("labelled-metadata") : null),
  // ("1. nature" over "2. humanities and social sciences communications": a trail set as a numbered list.)
  (c) => (c.inHeader && isNumberedStep(c) ? hit("breadcrumb") : null),
  // ("Tag Archives: labour transfer", "Monthly Archives: November 2020", "Posts Tagged 'Hotan'": a blog's heading over the
  // posts it files under a tag, a category or a month; the page's title is the post's under it.)
  (c) => (c.inHeader && ARCHIVE_HEADING.test(c.line) ? hit("breadcrumb") : null),
  // ("This paper is posted at ScholarWorks@Northgate. http://...", "For more information, please contact ...": a
  // repository's cover sheet, its own words about the paper it carries.)
  (c) => (c.inHeader && REPOSITORY_COVER_NOTE.test(c.line) ? hit("render-chrome") : null),
  // ("Pub" / "lic D" / "iscl" / "osur" / "e A" / "utho" / "rized": a lender's watermark, "Public Disclosure Authorized", that
  // a PDF's text layer breaks into pieces, a line each.)
  (c) => (isStampPiece(c.line) && (isStampPiece(c.previous ?? "") || isStampPiece(c.next ?? "")) ? hit("render-chrome") : null),
  // ("Blog Post by Guest Blogger for Asia Unbound", "Guest Author": a blog's credit that names no writer.)
  (c) => (c.inHeader && GUEST_CREDIT.test(c.line) ? hit("byline") : null),
  // ("Source" over "Journal of Gansu Agricultural University (Social Sciences Edition)": a record's label alone over the
  // journal or publisher it names.)
  (c) => {
    if (!c.inHeader) return null;
    const named = c.previousRule === "labelled-metadata" && SOURCE_LABEL_ALONE.test(c.previous ?? "") && wordCount(c.line) <= SOURCE_NAME_WORDS && findDates(c.line).length === 0 && (namesPublisher(c.line) || SERIAL_NAME.test(c.line));
    return named ? hit("labelled-metadata", "outlet", { outlet: c.line }) : null;
  },
  // ("Himalayan Development Review, vol. 14, núm. 2, julio-diciembre, 2021, pp. 55-81": a paper's citation on its cover
  // sheet, the journal, the volume and issue, the year and the pages.)
  (c) => {
    const cited = c.inHeader ? JOURNAL_CITATION_LINE.exec(c.line) : null;
    return cited ? hit("labelled-metadata", "outlet", { outlet: cited[1]!, published: cited[2]! }) : null;
  },
  // ("Humanities and Social Sciences Communications volume 10, Article number: 562 (2023) Cite this article": a journal
  // page's line naming the journal, then the volume and the paper's place in it.)
  (c) => {
    const journal = c.inHeader ? JOURNAL_VOLUME_LINE.exec(c.line) : null;
    return journal ? hit("outlet-line", "outlet", { outlet: journal[1]! }) : null;
  },
  // ("Township Targeting for the Food Assistance Project" over "(Rural Food Security Unit, 2006)": a report's maker and
  // year in brackets, right under its title; no person's name and no place.)
  (c) => {
    const made = c.title !== undefined && c.previous === c.title ? MAKER_AND_YEAR.exec(c.line) : null;
    return made && personNameForm(made[1]!.split(" ")) === null && listedLevel(made[1]!.replace(PLACE_LEVEL_WORD, "")) === undefined ? hit("dateline", "published", { outlet: made[1]!, published: made[2]! }) : null;
  },
  // ("A-  A+  Read 2,341", "Font size: A A A  Print  Close", "Search [ ] Go", "[Large] [Medium] [Small]  Views: 2,018":
  // a page's type-size buttons, its count of readers and its search box, read as words.)
  (c) => (PAGE_CONTROLS.test(c.line) ? hit("site-navigation") : null),
  // ("Forgot account?" under "Log In", "Watch on YouTube" under a player, "Live poll closed · 412 votes": a social site's
  // sign-in links, a player's link out and an event page's poll.)
  (c) => (SIGN_IN_LINK.test(c.line) || PLAYER_LINK.test(c.line) ? hit("site-navigation") : null),
  // ("¹ Southwest Rural Development Institute, Chengdu" under "Jike Ayi¹, Luo Wenjun¹ and Peter Hallsworth²": the affiliation
  // a superscript mark points to, under the authors or another such line.)
  (c) => (c.inHeader && /^[¹²³⁴⁵⁶⁷⁸⁹]\s?\p{Lu}/u.test(c.line) && c.previousRule === "byline" ? hit("byline") : null),
  // ("Project leader: Yang Xiaomei, Research Fellow, ..." over "Members: Wu Guoliang, Associate Research Fellow; Pan Lixia, ...":
  // a research team's leader and members, each with their post, under a report's title; they wrote it.)
  (c) => {
    const team = c.inHeader ? RESEARCH_TEAM.exec(c.line) : null;
    const names = team === null ? [] : team[1]!.split(/\s*;\s*/).map((member) => member.split(",")[0]!.trim().replace(/^(?:Prof|Dr|Mr|Ms|Mrs)\.? /, ""));
    return names.length > 0 && names.every((n) => personNameForm(n.split(" ")) !== null) ? hit("byline", "author", { author: names.join("; ") }) : null;
  },
  // ("Prepared by:" over "Dr. Fiona Ashcombe, Team Leader (independent consultant)" over "Ma Yunlong, Water Engineer, ...": a
  // report's writers under the label alone, one to a line, each with their post.)
  (c) => {
    if (!c.inHeader) return null;
    if (PREPARED_BY_ALONE.test(c.line)) return c.next !== undefined && nameBeforePost(c.next) !== null ? hit("byline") : null;
    const listed = c.previous !== undefined && (PREPARED_BY_ALONE.test(c.previous) || (c.previousRule === "byline" && nameBeforePost(c.previous) !== null));
    const name = listed ? nameBeforePost(c.line) : null;
    return name !== null ? hit("byline", "author", { author: name }) : null;
  },
  // ("Thanked 689 Times in 301 Posts", "The following 3 users say Thank You to X for this useful post:": a board's thanks.)
  // ("Users browsing this forum: No registered users and 2 guests": who else is reading the board.)
  (c) => (BOARD_THANKS.test(c.line) || BOARD_ONLINE.test(c.line) ? hit("member-profile") : null),
  // ("Posts: 178" over "Joined: Wed Oct 12, 2016 4:15 pm": the day a member joined, in their box under a post.)
  (c) => (JOINED_DAY.test(c.line) && findDates(c.line).length > 0 && (c.previousRule === "member-profile" || PROFILE_LABEL.test(c.previous ?? "") || PROFILE_LABEL.test(c.next ?? "")) ? hit("member-profile") : null),
  (c) => (PLAYER_CONTROLS.test(c.line) ? hit("media-player") : EPISODE_ITEM.test(c.line) ? hit("link-list") : countsWithAge(c.line) || COMMENT_FOOTER.test(c.line) || EMOJI_COUNTS.test(c.line) ? hit("engagement-counts") : PAGE_LINKS.test(c.line) ? hit("pagination") : null),
  // ("◀ Previous: Kashgar airport opens 5 new domestic routes", "Next: ...": the stories before and after this one.)
  (c) => (ADJACENT_STORY.test(c.line) ? hit("link-list") : null),
  // ("ChinaNews comments other discussions (3)": an old forum layout's tabs over a thread, the community's name first.)
  (c) => {
    const forum = c.inHeader ? FORUM_TABS.exec(c.line) : null;
    return forum ? hit("forum-header", "outlet", { outlet: `r/${forum[1]!}`, section: `r/${forum[1]!}` }) : null;
  },
  // ("China" over "comments" over "other discussions (3)": the same tabs a line each.)
  (c) => {
    if (!c.inHeader) return null;
    if (/^other discussions(?: \(\d{1,5}\))?$/.test(c.line) && c.previous === "comments" && /^\w{2,21}$/.test(c.twoBack ?? "")) return hit("forum-header", "outlet", { outlet: `r/${c.twoBack}`, section: `r/${c.twoBack}` });
    return /^\w{2,21}$/.test(c.line) && c.next === "comments" && /^other discussions\b/.test(c.twoAhead ?? "") ? hit("forum-header") : null;
  },
  // ("jump to content" / "my subreddits" / "popular -all -random -users | AskReddit ...": an old board's bar of links; "Discussion
  // (self.China)": a post's flair and the community it was posted in.)
  // ("Discover more from The Long Road Ledger" over "Notes on rural China, ...": a newsletter's box and its motto.)
  (c) => (BOARD_BAR.test(c.line) || (c.inHeader && /^Discover more from /.test(c.previous ?? "")) ? hit("site-navigation") : c.inHeader && SELF_POST.test(c.line) ? hit("forum-header") : null),
  // ("Yutian Release" over "Verified: government affairs account of Yutian County": the account that posted, the page's publisher.)
  (c) => (c.inHeader && c.next !== undefined && /^Verified: /.test(c.next) && c.line.length <= 60 && !/[.!?:]$/.test(c.line) ? hit("outlet-line", "outlet", { outlet: c.line }) : null),
  // ("Ren Xiaoyu" over "PhD in agricultural economics, ..." over "2,315 people agreed with this answer", "Daniel Whitcombe" over
  // "Development economist, ..." over "Answered January 9, 2022": an answer site's writer, their line about themselves, then
  // the answer's count or day.)
  (c) => {
    if (!c.inHeader || c.next === undefined || c.twoAhead === undefined || !ANSWER_STAMP.test(c.twoAhead)) return null;
    return c.line.length <= 40 && personNameForm(c.line.split(" ")) !== null && !/[.!?]$/.test(c.next) && wordCount(c.next) <= ANSWERER_CREDENTIAL_WORDS ? hit("byline", "author", { author: c.line }) : null;
  },
  (c) => (c.inHeader && c.previousRule === "byline" && c.next !== undefined && ANSWER_STAMP.test(c.next) && !/[.!?]$/.test(c.line) && wordCount(c.line) <= ANSWERER_CREDENTIAL_WORDS ? hit("byline") : null),
  // ("Followers 1,287   Viewed 403,916", "96 answers   Sort by default", "Repost 1,386   Comments 422   Like 5,071": a question's
  // and a post's counters.)
  (c) => (ANSWER_COUNTS.test(c.line) || VIDEO_BUTTONS.test(c.line) || isSocialFooter(c.line) || (c.raw.length <= SOCIAL_FOOTER_LENGTH * 2 && LISTED_WITH_COUNT.test(c.raw)) ? hit("engagement-counts") : null),
  // ("About Weibo   Help   Report   Customer Service 4000 960 960": a site's footer links ending on its service number.)
  // (Read as a label, not a list's link: the caption under a gallery's counter is no item of a list.)
  (c) => (SERVICE_NUMBER_AT_END.test(c.line) ? hit("link-list") : GALLERY_OR_THREAD_COUNTER.test(c.line) ? hit("labelled-metadata") : null),
  // ("Borderlands Briefing · Episode 31", "Plateau Pictorial 2020年8期": a show's episode or a magazine's issue over the piece.)
  (c) => (c.inHeader && (SHOW_EPISODE.test(c.line) || ISSUE_IN_CHINESE.test(c.line)) ? hit("labelled-metadata") : null),
  // ("Mountain Roads" over "48.2K subscribers": a video's channel, its publisher.)
  (c) => (c.inHeader && c.next !== undefined && /^\d[\d.,]*[KkMm]? subscribers$/.test(c.next) && c.line.length <= 60 && !/[.!?:]$/.test(c.line) ? hit("outlet-line", "outlet", { outlet: c.line }) : null),
  // ("Economics of China · Poverty Reduction" over the question: the topics a page is filed under, between dots.)
  (c) => (c.inHeader && TOPIC_LIST.test(c.line) && c.next !== undefined && wordCount(c.next) > wordCount(c.line) + 2 ? hit("breadcrumb") : null),
  // ("CENTRE FOR INNER ASIAN STUDIES" atop a brief's cover: a body's name in capitals, whose joining word no heading's
  // is; the publisher, written as the body writes it.)
  (c) => (c.inHeader && (c.lineIndex ?? Infinity) <= 1 && INSTITUTION_IN_CAPITALS.test(c.line) ? hit("outlet-line", "outlet", { outlet: bodyNameCased(c.line) }) : null),
  // ("LONG READS · NINGXIA" over a headline: the section and the region in capitals, a kicker.)
  (c) => (c.inHeader && KICKER.test(c.line) ? hit("breadcrumb") : null),
  // ("Centre for Highland Development Studies" over "Working Paper Series · No. 2018/04", "Nordic-Asian Development Fund" over
  // "PROJECT COMPLETION REPORT": a body's name atop a report's cover, over what the report is; its publisher.)
  (c) => {
    if (!c.inHeader || (c.lineIndex ?? Infinity) > COVER_BODY_LINES || c.next === undefined || !COVER_KIND.test(c.next)) return null;
    const name = /\p{Ll}/u.test(c.line) ? c.line : bodyNameCased(c.line);
    return COVER_BODY.test(name) ? hit("outlet-line", "outlet", { outlet: name }) : null;
  },
  // ("PROJECT COMPLETION REPORT" over "Guizhou Rural Roads and Livelihoods Project": what kind of document it is, in
  // capitals over its title.)
  // (Not over the day the report came out: "IMPLEMENTATION COMPLETION AND RESULTS REPORT" over "March 28, 2017" is its title.)
  (c) => (c.inHeader && COVER_DOCUMENT_KIND.test(c.line) && c.next !== undefined && /\p{Ll}/u.test(c.next) && wordCount(c.next) >= 3 && readDateLine(c.next) === null ? hit("labelled-metadata") : null),
  // ("Duration: 00:02:31   Restrictions: No access Chinese mainland": a video agency's record of a clip, how long it runs
  // and where it may not be shown.)
  (c) => (c.inHeader && CLIP_RECORD.test(c.line) ? hit("labelled-metadata") : null),
  // ("Presenter: Claire Hollis", "Hosted by Priya Raman": a programme's presenter, its page's writer.)
  // (Not a briefing's host among its speakers, "Host: Ma Lianfeng" by "Guests: ...", "Venue: ...".)
  (c) => {
    const presenter = c.inHeader && !BRIEFING_FIELD.test(c.previous ?? "") && !BRIEFING_FIELD.test(c.next ?? "") ? PRESENTER_LINE.exec(c.line) : null;
    return presenter && personNameForm(presenter[1]!.split(" ")) !== null ? hit("byline", "author", { author: presenter[1]! }) : null;
  },
  // ("06-14-2021, 09:12 AM   #1" over a thread's first post, no member's box over it: when the post was made, and its number.)
  (c) => {
    const numbered = NUMBERED_POST_STAMP.exec(c.line);
    const dated = numbered ? readDateLine(numbered[1]!) : null;
    if (dated === null) return null;
    // (The thread's first post, "#1", dates the page wherever it stands, under the board's notices too.)
    return ((c.inHeader && !c.afterTitleOrDateline) || / #1$/.test(c.line)) && dated.field === "published" ? hit("forum-header", "published", { published: dated.value }) : hit("forum-header");
  },
  // ("Stock Code: 600251", "Pages (from-to) 118-135", "Archives: 1, 2", "Cited by 27", "Best viewed at 1280×1024": a
  // record's and a site's bookkeeping, whose numbers count nothing the text states; "Address: 41 Huanghe Road", a site's
  // address; "Land 2022, 11(8), 1274; https://doi.org/...", how a paper is cited; "CHINA + 1 more", a page's tags, the
  // rest folded away.)
  (c) => (RECORD_BOOKKEEPING.test(c.line) || MORE_TAGS.test(c.line) || (BEST_VIEWED.test(c.line) && wordCount(c.line) <= BEST_VIEWED_WORDS) ? hit("site-navigation") : null),
  // ("Content is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.":
  // the licence a page is given under, its version no figure.)
  // (Not a paper's note that goes on to state a figure: "... 4.0 International License. It covers 12 counties.")
  (c) => (OPEN_LICENCE.test(c.line) && wordCount(c.line) <= OPEN_LICENCE_WORDS && !/\d/.test(c.line.replace(/\b\d\.\d\b/g, "")) ? hit("copyright") : null),
  // ("Dilnur Ablimit" / "1" / ", Zhou Haiyan" / "1,*" / " and Kerem Yusup" / "2": a journal's writers copied with each
  // affiliation's mark on a line of its own, the next name after a comma or "and"; "Zhang Wenli" over her school, then
  // "& Peter Lindqvist" over his: or each writer over where they work, the last after an ampersand.)
  (c) => (c.inHeader && c.previousRule === "byline" && WRITER_MARKS_ALONE.test(c.line) ? hit("byline") : null),
  (c) => {
    // (The mark's line over it may have been read as a counter.)
    // (Under a school's line, only the ampersand's.)
    const after = c.previousRule === "byline" || (c.previousRule === "labelled-metadata" && c.line.startsWith("&")) || (c.previousRule === "engagement-counts" && WRITER_MARKS_ALONE.test(c.previous ?? ""));
    const next = c.inHeader && after ? NEXT_WRITER.exec(c.line) : null;
    return next && personNameForm(next[1]!.split(" ")) !== null ? hit("byline", "author", { author: next[1]! }) : null;
  },
  (c) => (WIKI_EDIT_BAR.test(c.line) || ARTICLE_BADGES.test(c.line) || ENTRY_COLLECTED.test(c.line) ? hit("site-navigation") : null),
  (c) => {
    const started = c.inHeader ? THREAD_STARTED_BY.exec(c.line) : null;
    return started && parseDate(started[2]!) ? hit("byline", "author", { author: started[1]!, published: started[2]! }) : null;
  },
];

const WRITER_MARKS_ALONE = /^\d{1,2}(?:,\s?\d{1,2}){0,3}(?:,?\s?[*†‡])?$|^[*†‡]$/u;
const NEXT_WRITER = /^(?:,|and|&)\s?((?:\p{Lu}[\p{L}'’.-]+ ){1,2}\p{Lu}[\p{L}'’-]+)$/u;

// (Not a site's own address after the label, "Source: english.scio.gov.cn | 2022-11-15 | ...", which names no outlet the masthead does not.)
const SOURCE_LABEL_OPENING = /^Source\s*:\s*(?![a-z\d-]+(?:\.[a-z\d-]+)+\s*\|)/;
const BRIEFING_FIELD = /^(?:Guests?|Speakers?|Venue|Time|Date|Chairperson|Moderator|Attendees|Participants)\s*:/i;
const PRESENTER_LINE = /^(?:(?:Presenter|Host|Presented by|Hosted by)\s*:|Presented by|Hosted by)\s*((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)$/u;
// A clip's length by the clock, or the places it may not be shown, each after its label.
const CLIP_RECORD = /^(?:(?:Duration|Length|Running time|Run time)\s*:\s*\d{1,2}(?::\d{2}){1,2}\b|Restrictions\s*:\s*\S)/i;
// ("A LEDGER WIRE SPECIAL REPORT": a wire's kicker saying what the piece is.)
const COVER_DOCUMENT_KIND = /^(?!THE )(?:AN? )?(?:[A-Z]{2,} ){0,4}(?:REPORT|BRIEF|PAPER|REVIEW|STUDY|ASSESSMENT|EVALUATION)$/;
const SHORT_DESCRIPTION = /^(?:Village|Town|Township|County|City|Prefecture|Region|District|Area|Mountain|River|Lake|Valley|Programme|Program|Policy|Campaign|Person|Chinese \p{Ll}+) (?:in|of) \p{Lu}/u;
const COVER_BODY_LINES = 3;
const COVER_BODY = /^(?:The )?\p{Lu}[\p{L}'’&.-]*(?: (?:of|for|and|on|the|&|\p{Lu}[\p{L}'’&.-]*)){0,8}(?: (?:Institute|Centre|Center|Fund|Foundation|Bank|University|Academy|Trust|Council|Association|Studies|Corporation)|(?: Group)? Co\., Ltd\.)$/u;
const COVER_KIND = /\b(?:Report|Paper|Brief|Series|Review|Study|Studies)\b|^(?:Working|Policy|Research|Occasional)\b/i;
const PREPARED_BY_ALONE = /^(?:Prepared|Written|Compiled) by:?$|^(?:Evaluation|Research|Report) team:?$/i;
const NAME_BEFORE_POST = /^(?:(?:Dr|Prof|Mr|Ms|Mrs)\.? )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}), \p{Lu}/u;

/** "Channel · 1.2M views · 1 year ago": a listed item's counts and age, its maker's name first or not; no claim. */
function countsWithAge(line: string): boolean {
  const pieces = line.split(" · ");
  return pieces.length >= 2 && pieces.length <= 4 && pieces.some((p) => COUNTED.test(p)) && pieces.every((p, k) => COUNTED.test(p) || RELATIVE_AGE.test(p) || parseDate(p) !== null || (k === 0 && wordCount(p) <= 4 && /^\p{Lu}[^\d]*$/u.test(p)));
}

/** "CENTRE FOR INNER ASIAN STUDIES" as "Centre for Inner Asian Studies": each word title-cased, the joining words in lower case. */
function bodyNameCased(line: string): string {
  return line.split(" ").map((w, k) => (k > 0 && /^(?:FOR|OF|ON|AND|THE|IN)$/.test(w) ? w.toLowerCase() : titleCased(w))).join(" ");
}

/** "Dr. Fiona Ashcombe, Team Leader (...)": the name of a person set before their post, or null. */
function nameBeforePost(line: string): string | null {
  const name = NAME_BEFORE_POST.exec(line)?.[1];
  return name !== undefined && personNameForm(name.split(" ")) !== null ? name : null;
}

const RESEARCH_TEAM = /^(?:(?:Deputy |Assistant |Co-)?(?:Project|[Tt]eam) (?:leader|head)|Principal investigator|(?:Team |Research group |Project )?[Mm]embers)s?\s*:\s*(\p{Lu}.{2,300})$/u;
const INSTITUTION_IN_CAPITALS = /^(?:THE )?(?:CENTRE|CENTER|INSTITUTE|FOUNDATION|ACADEMY|COUNCIL|SOCIETY|ASSOCIATION|COMMISSION|COALITION|ALLIANCE|NETWORK|PROGRAMME|PROGRAM|OFFICE|BUREAU|MINISTRY|UNIVERSITY|COLLEGE|SCHOOL) (?:FOR|OF|ON) [A-Z][A-Z '’&-]{2,60}$/;
const JOINED_DAY = /^(?:Joined|Join date|Member since|Registered)\s*:?\s*\S.{4,40}$/i;
const BOARD_THANKS = /^(?:Thanked \d{1,7} Times? in \d{1,7} Posts?|Thanks: \d{1,7}|The following \d{1,5} users? says? Thank You to \S{1,40} for this (?:useful )?post:?)$/i;
const BOARD_ONLINE = /^(?:Who is online|(?:Users|Members) (?:browsing|viewing) this (?:forum|topic|thread)\s*:.{1,200}|Currently Active Users Viewing This Thread: \d.{0,200}|In total there (?:is|are) \d{1,7} users? online\b.{0,200})$/i;
const SCRIPT_FIELD = /^\(\((.{3,300})\)\)$/;
const BOARD_BAR = /^(?:Discover more from \S.{1,60}|Over [\d,.]+[KkMm]? subscribers|jump to content|my subreddits|edit subscriptions|popular -all -random\b.{0,300}|Follow question(?:\s+Write an answer)?(?:\s+Invite to answer)?|Verified: .{3,120})$/i;
export const SELF_POST = /^(?:\p{Lu}[\p{L}&' ]{0,30} )?\(self\.\w{2,40}\)$/u;
const ANSWER_STAMP = /^(?:(?:Answered|Updated|Edited|Written) (?:on )?\S.{4,30}|\d[\d,.]*[KkMm]? (?:people|users) (?:agreed with|upvoted|liked|found) this (?:answer|helpful))$/;
const ANSWERER_CREDENTIAL_WORDS = 20;
// ("Why did the county stay poor for so long?   48 answers", "China's Poorest County   Far Roads   884K views · 2 years ago":
// another question or video listed with its count, set apart.)
const LISTED_WITH_COUNT = /\S {2,}\d[\d.,]*[KkMm]? (?:views|answers|replies|comments)(?: · \d{1,3} \w{3,7} ago)?\s*$/;
// The words a comment's or a post's row of buttons and counters is made of.
const SOCIAL_CONTROL = /^(?:collect|collected|reply|replies|like|likes|agree|share|shares|favou?rite|report|comments?|sort|by|default|latest|hot|expand|the|other|save|download|clip|repost|reposts|retweets?|quotes?|bookmarks?|views?|upvotes?|downvotes?|points?|votes?|ago|edited|hide|permalink|embed|parent|give|award|more)$/i;
const SOCIAL_FOOTER_TOKENS = 16;
const SOCIAL_FOOTER_LENGTH = 160;
// ("Photo 3 of 8", "Started by FieldHand_NZ  Replies: 47  Forum: Asia & Pacific": a gallery's counter, a similar thread's line.)
const GALLERY_OR_THREAD_COUNTER = /^(?:(?:Photo|Image|Picture|Slide)s? \d{1,3} (?:of|\/) \d{1,3}|Started by \S{2,40}\s+Replies: [\d,]{1,9}\b.{0,80})$/i;
const SERVICE_NUMBER_AT_END = /\b(?:Customer Service|Service Hotline|Hotline|Helpline)\s*[:：]?\s*\d[\d -]{6,18}\d$/i;

/** "11-14 11:05   Reply 36   Like 1,024", "👍 2.6K  👎  Reply", "▾ 87 replies", "▲ Agree 2.3K ▼ 💬 124 comments ➦ Share": a
 * comment's or a post's stamp, buttons and counts, nothing else. */
function isSocialFooter(line: string): boolean {
  if (line.length > SOCIAL_FOOTER_LENGTH) return false;
  const tokens = line.split(" ");
  if (tokens.length < 2 || tokens.length > SOCIAL_FOOTER_TOKENS) return false;
  let counted = false;
  let worded = false;
  for (const t of tokens) {
    if (/^\d[\d,.]*[KkMm]?$/.test(t) || /^\d{1,2}[-:/]\d{2}$/.test(t)) counted = true;
    else if (SOCIAL_CONTROL.test(t)) worded = true;
    else if (/[\p{L}\p{N}]/u.test(t)) return false;
  }
  return counted && worded;
}
const SHOW_EPISODE = /^\p{Lu}[^·|]{1,60} [·|] (?:Episode|Ep\.?) \d{1,4}$/u;
const ISSUE_IN_CHINESE = /^\p{Lu}[\p{L}'’ ]{1,60} ?\d{4}\s*年\s*(?:第\s*)?\d{1,3}\s*期$/u;
// ("1.3K    Share    Download    Clip    Save", "Download HD | Add to Lightbox | Share | Embed": a video's buttons.)
const VIDEO_BUTTONS = /^(?:\d[\d.,]*[KkMm]?\s+)?Share(?:\s+(?:Download|Clip|Save|Thanks|\.{3}))*$|^Download(?: HD| SD)?(?: \| (?:Add to Lightbox|Share|Embed|Save|Download(?: SD)?)){1,5}$/;
const TOPIC_LIST = /^\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,3}(?: · \p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,3}){1,4}$/u;
const ANSWER_COUNTS = /^(?:Followers? [\d,.]+[KkMm]?\s+View(?:ed|s)? [\d,.]+[KkMm]?|\d[\d,]* answers?(?:\s+Sort by \S.{0,30})?|\d[\d,.]*[KkMm]? (?:people|users) (?:agreed with|upvoted|liked|found) this (?:answer|helpful)|Repost [\d,]+\s+Comments? [\d,]+\s+Likes? [\d,]+)$/i;
const FORUM_TABS = /^(\w{2,21}) comments other discussions(?: \(\d{1,5}\))?$/;
const PAGE_CONTROLS = /^(?:(?:Font|Text)(?: size)?:? ?(?:A[+-]? ?){2,3}|(?:A[+-] ?){2}|(?:\[(?:Large|Medium|Small)\] ?){3}(?=(?:Views?|Comments?|Hits|Likes?):? \d)|Search ?\[ ?\] ?(?:Go|Search)?)(?: ?(?:Print|Close|Share|(?:Read|Views?|Comments?|Hits|Likes?):? \d[\d,]{0,9}))*$/;
const ADJACENT_STORY = /^[◀▶←→<>«»‹›◄►]?\s*(?:Previous|Prev|Next)(?: (?:article|story|post|news|item))?\s*[:：]\s*\S/i;
// ("1x ⟲15 30⟳ Download MP3": a player's speed, its skip buttons and its download link.)
const PLAYER_CONTROLS = /^[0-2](?:\.\d{1,2})?x(?: (?:⟲\d{1,2}|\d{1,2}⟳|Download(?: MP3)?|Share|Subscribe))*$/;
// ("Episode 56: Who owns the relocation flats? (41 min)": another episode of the show, listed with its length.)
const EPISODE_ITEM = /^(?:Episode|Ep\.?) \d{1,4}: .{3,160} \(\d{1,3} ?min\)$/;
// ("Long Road East · 1.2M views · 1 year ago", "40+ comments · 3 years ago", "Long Road East · 14K subscribers": another
// video or post, its counts and age, or a channel's count of followers.)
const RELATIVE_AGE = /^\d{1,3} (?:yrs?|years?|mos?|months?|wks?|weeks?|days?|hrs?|hours?|mins?|minutes?)\.? ago$/i;
// ("👍 56    💬 3": likes and comments by their icons; "【1】 【2】  Next page": a story's pages.)
const EMOJI_COUNTS = /^(?:(?:👍|💬|❤️?|♥|🔁|👁️?|⭐|🔥|😂)\s?\d[\d,.]{0,8}[KkMm]?\s*){1,6}$/u;
// ("12 posts • Page 1 of 2 • 1, 2": a board's count of a thread's posts and the links to its pages.)
const PAGE_LINKS = /^(?:【\d{1,3}】\s*){1,12}(?:(?:Next|Previous|Last|First) page\s*){0,2}$|^(?:[\d,]{1,7} (?:posts?|replies|topics) [•·|] )?Page \d{1,4} of \d{1,4}(?: [•·|] \d{1,4}(?:(?:, | … |…| )\d{1,4}){0,11})?$/;
// ("2y Like Reply 47": a comment's age, its buttons and how many liked it.)
const COMMENT_FOOTER = /^\d{1,3} ?(?:y|yr|w|wk|d|h|hr|m|mo|min)s? (?:Like )?Reply(?: \d[\d,.]{0,8}[KkMm]?)?$/i;
const COUNTED = /^\d[\d.,]{0,8}[KkMm]?\+? (?:views?|comments?|replies|likes?|plays?|listens?|subscribers|followers)$/i;
// ("User Name [ ] Remember Me?", "Password [ ] Log in": a board's log-in box, its fields read as brackets.)
// ("View this email in your browser", "Forwarded this email? Subscribe here.": a newsletter's links around the mail.)
const SIGN_IN_LINK = /^(?:Want to join\? Log in or sign up in seconds\.|View (?:this email|it) in (?:your|a) (?:web )?browser\.?|Forwarded this email\? Subscribe here\.?|(?:Unsubscribe|Update your preferences|Manage your subscription)\.?|Forgot (?:account|password)\??|Create (?:a )?new account|Not now|User ?Name ?\[ ?\](?: ?Remember Me\??)?|Password ?\[ ?\](?: ?Log ?in)?)$/i;
const PLAYER_LINK = /^(?:\[(?:Video|Audio) player\]|(?:Watch|Listen) on (?:YouTube|Vimeo|Bilibili|Spotify|Apple Podcasts)|(?:Live )?[Pp]oll (?:closed|results) · \d[\d,]{0,9} votes)$/;
const KICKER = /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}(?: [·•] \p{Lu}{2,}(?: \p{Lu}{2,}){0,2}){1,2}$/u;
// ("1. nature" / "2. humanities and social sciences communications" / "3. articles": a trail set as a numbered list, its
// steps in lower case, one to a line.)
const NUMBERED_STEP = /^([1-9])\. \p{Ll}[\p{Ll}&'’ -]{0,60}$/u;

/** Whether the line is a step of a numbered trail: the step before or after it stands on the line next to it. */
function isNumberedStep(c: LineContext): boolean {
  const step = NUMBERED_STEP.exec(c.line);
  if (step === null) return false;
  const n = Number(step[1]);
  return NUMBERED_STEP.exec(c.previous ?? "")?.[1] === String(n - 1) || NUMBERED_STEP.exec(c.next ?? "")?.[1] === String(n + 1);
}
const ARCHIVE_HEADING = /^(?:(?:Tag|Category|Monthly|Daily|Yearly|Author|Date) Archives?: ?\S.{0,60}|Archives? for (?:the )?["'‘“]?\S.{0,60}|Posts? [Tt]agged:? ?["'‘“]?\S.{0,60})$/;
const SOURCE_NAME_WORDS = 16;
const SERIAL_NAME = /^\p{Lu}.*\b(?:Journal|Review|Studies|Quarterly|Bulletin|Annals|Transactions|Proceedings)\b/u;
// A record's labels for its title, writers, publisher and day in Norwegian, Swedish, Danish, German, French, Spanish, Italian or Dutch.
const EUROPEAN_LABELS: readonly (readonly [RegExp, string])[] = [
  [/^(?:Tittel|Titel|Titre|Título|Titolo)\s*:/u, "Title:"],
  [/^(?:Forfatter(?:\(e\)|e)?|Författare|Verfasser(?:in)?|Autor(?:\(en\)|en|es)?|Auteur(?:\(s\)|s)?|Autore|Autori)\s*:/u, "Author:"],
  [/^(?:Utgiver|Udgiver|Utgivare|Förlag|Verlag|Herausgeber|Éditeur|Editorial|Editore|Uitgever)\s*:/u, "Publisher:"],
  [/^(?:Publisert|Publicerad|Publiceret|Veröffentlicht|Erschienen|Publié(?: le)?|Publicado|Pubblicato|Gepubliceerd|Utgivelsesår|Erscheinungsjahr|Date de publication|Fecha de publicación)\s*:/u, "Published:"],
];

/** The line with its opening label, in another European language, put in English; any other line as it is. */
function europeanLabelRead(line: string): string {
  // (A label ends on its colon: a line without one is no label, and no pattern need run on it.)
  if (!line.includes(":")) return line;
  const label = EUROPEAN_LABELS.find(([written]) => written.test(line));
  return label === undefined ? line : line.replace(label[0], label[1]);
}
const DISCLOSURE_WORDS = "public disclosure authorized";
// The longest piece of the watermark a line may hold and still be a piece of it.
const STAMP_PIECE_CHARS = 8;

/** Whether a line is a short piece of a "Public Disclosure Authorized" watermark. */
function isStampPiece(line: string): boolean {
  // (Asked of every line: its length first, before any copy of it is made.)
  const piece = line.trim();
  return piece.length >= 2 && piece.length <= STAMP_PIECE_CHARS && DISCLOSURE_WORDS.includes(piece.toLowerCase());
}
const REPOSITORY_COVER_NOTE = /^(?:This (?:paper|article|thesis|dissertation|report|book|chapter|working paper|item) is (?:brought to you|posted|available|made available)\b|For more information,? please contact\b)/i;
export const GUEST_CREDIT = /^(?:(?:Blog )?Post by )?(?:a )?Guest (?:Blogger|Author|Contributor|Writer|Post)(?: for \p{Lu}[^.!?]{0,60})?$/u;
const PAPER_SERIES = /^(?:\p{Lu}[\p{L}-]* ){0,3}(?:Working|Discussion|Policy|Research|Occasional|Background) Paper(?: Series)?(?:,? No\.? ?\d{1,4}|\s\d{1,4})?$/u;
const JOURNAL_CITATION_LINE = /^(\p{Lu}[^,]{3,80}), [Vv]ol\. ?\d{1,4}, (?:[Nn]úm|[Nn]o|[Nn]um|[Nn]r|[Ii]ssue)\.? ?\d{1,4}, (?:[^,\d]{3,30}, )?((?:19|20)\d{2}), pp?\. ?\d{1,5}[-–]\d{1,5}\.?$/u;
const JOURNAL_VOLUME_LINE = /^(\p{Lu}[\p{L}'’&:-]*(?: (?:of|and|for|in|on|the|&|\p{Lu}[\p{L}'’&:-]*)){1,12}) volume \d{1,4}, (?:Article number:? \S{1,12}|pages? [\d–-]{1,15}) \((?:19|20)\d{2}\)(?: Cite this article)?$/u;
const PLACE_LEVEL_WORD = / (?:Province|Region|Autonomous Region|Prefecture|County|City|Township|Village)$/;
const MAKER_AND_YEAR = /^\((\p{Lu}[\p{L}'’&.-]*(?: [\p{L}'’&.-]+){1,10}), ((?:19|20)\d{2})\)$/u;
const PHYSICAL_DESCRIPTION = /^(?:[ivxlc]{1,6}, )?\d{1,4} (?:p\.|pages|leaves)(?: :[^;\n]{1,60})?(?: ; \d{1,3} cm\.?)?$/;
const HOLDINGS_LINE = /^(?:Copies|Holdings|Items?)\s*:\s+\d{1,3} (?:cop(?:y|ies)|items?)\b/;
const UPLOADED_BY = /^Uploaded by (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})$/u;
const NEWSROOM_DESK = /^\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,2} (?:Web|Digital|News|Online|Editorial) (?:Team|Desk)$/u;
const IMAGE_LABEL = /^Image (?:source|caption)[,:](?: [^\n]{1,80})?$/;
const IMAGE_CAPTION_LABEL = /^Image caption[,:]$/;
const TEASER_WITH_COMMENTS = /^[^·]{5,160} · \d{1,6} comments? · (?:an?|\d{1,3}) (?:minute|hour|day|week|month|year)s? ago$/;
const DAY_LABEL_ALONE = /^(?:[-–•] )?(?:Published|Updated|Posted|Last updated)$/i;
// ("Advances in Economics, Business and Management Research, volume 37" over "3rd International Conference on Rural
// Economy and Social Governance (ICRESG 2017)": a proceedings series and its volume, and the conference it printed.)
const PROCEEDINGS_VOLUME = /^Proceedings of (?:the )?(?:\d{4} |\d{1,3}(?:st|nd|rd|th) )?(?:Annual |Joint )?(?:International |National |Asian |European )?(?:Conference|Symposium|Workshop|Congress|Forum)\b[^.!?]{0,160}$|^Advances in [\p{L}, &]{3,120} Research, [Vv]olume \d{1,4}$|^\d{1,3}(?:st|nd|rd|th) (?:Annual )?(?:International |National )?(?:Conference|Symposium|Workshop|Congress|Forum) on [^.!?]{3,160}\(\p{Lu}{2,12}[ -]?\d{4}\)$/u;
const STAFF_POST_ALONE = /^(?:\p{Lu}\p{Ll}+ ){0,3}(?:Correspondent|Reporter|Editor|Writer|Columnist|Contributor)$/u;
// ("China correspondent, Chengdu", "Asia editor", "Reporter in Urumqi": a writer's post on the paper, and where they file from.)
const WRITER_POST_LINE = /^\p{Lu}(?:[\p{L}-]* ){0,3}?(?:[\p{L}-]+ )?(?:correspondent|reporter|editor|writer|columnist|contributor)(?:(?:,| in| for| at) \p{Lu}[\p{L}'’ .-]{1,40})?$/iu;
// ("Nonresident Fellow - Global Economy and Development" under a writer's name: an expert's post; "@praman_dev": their handle.)
export const EXPERT_POST_LINE = /^(?:(?:Senior|Nonresident|Non-resident|Visiting|Research|Associate|Assistant|Adjunct|Distinguished|Principal|Chief) ){0,2}(?:Fellow|Researcher|Professor|Scholar|Analyst|Economist|Director|Lecturer)(?: ?[-–—,] | (?:at|of|in|for|with) (?:the )?)\p{Lu}[\p{L}'’&,. -]{2,80}$/u;
const WRITER_HANDLE = /^@[A-Za-z0-9_]{2,30}$/;
const CREW_PART = /^(Reporters?|Correspondents?|Camera|Filmed by|Producers?|Editors?|Director|Presenter|Sound|Fixer|Translator)\s*:?\s+(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}){0,3})$/u;
const E_MAIL_ALONE = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}$/;
const SLIDE_COUNTER = /^(\d{1,2}) ?\/ ?(\d{1,2})$/;
const COUNTER_PIECE = /^(?:\d[\d.,]{0,8}[KkMm]? (?:Answers?|Views?|Followers?|Comments?|Upvotes?|Shares?|Replies|Likes?|Reposts?)|(?:Follow|Answer|Request|Share|Upvote|Comment|Reply|Pass)(?: \d[\d.,]{0,8}[KkMm]?)?)$/;
const BLOG_ARCHIVE_ITEM = /^[►▼▶▸◄◀]\s*(?:\d{4}|\p{Lu}\p{Ll}+(?: \d{4})?)\s*\(\d{1,5}\)$/u;
const FOLLOWER_COUNT = /^(?:Followers|Subscribers|Members|Readers|Fans)\s*\(\d[\d,]{0,8}\)$/i;
// ("Jump to navigation Jump to search": an older skin's skip links, on one line or two.)
const WIKI_TABS = /^(?:Jump to content|Jump to navigation(?: Jump to search)?|Jump to search|Main menu|Create account|Personal tools|Article Talk|Page Discussion|Read (?:Edit|View source)(?: Edit source)? View history|Tools|Appearance|Toggle the table of contents|move to sidebar hide|\d{1,3} languages)$/;

const OFFICIAL_SITE_BANNER = /^(?:U\.S\. flag|An official website of the (?:United States|U\.S\.) government|Here['’]s how you know|Dot gov|Https|The \.gov means it['’]s official\.|The site is secure\.|Official websites use \.gov|Secure \.gov websites use HTTPS|Federal government websites (?:often|always) end in \.gov or \.mil\..{0,200}|A \.gov website belongs to an official government organization in the United States\.|The https:\/\/ ensures that you are connecting to the official website.{0,200}|A lock \(.{0,80}\) or https:\/\/ means you['’]ve safely connected to the \.gov website\..{0,200})$/;
const ISSUED_KIND_IN_CAPITALS = /^(?:PUBLIC STATEMENT|PRESS RELEASE|NEWS RELEASE|MEDIA RELEASE|MEDIA STATEMENT|JOINT STATEMENT|STATEMENT|MEDIA ADVISORY|BRIEFING PAPER|POLICY BRIEF|REPORT)$/;
const BODY_IN_CAPITALS = /^\p{Lu}{2,}(?: (?:&|\p{Lu}{2,})){1,5}$/u;

// A part of such a line: a label and its value, or a counter's word and its figure.
const LABELLED_PART = /^\p{Lu}[\p{L} ]{1,24}:\s*\S.{0,60}$/u;
const COUNTED_FIELD = /^(?:Downloads?|Views?|Plays?|Listens?|Rating|Votes?|Likes?|Comments?|Reads?|Hits?|Visits?)\s*:?\s*\d/i;

/** Whether a line is labelled fields set apart by dots or bars, one of them at least a counter with its figure. */
function isLabelledCounters(line: string): boolean {
  const parts = line.split(/\s+[·|•]\s+/);
  return parts.length >= 2 && parts.length <= 8 && parts.some((p) => COUNTED_FIELD.test(p)) && parts.every((p) => COUNTED_FIELD.test(p) || LABELLED_PART.test(p));
}

const MARK = String.raw`(?:[a-z]|\d{1,2}|[*†‡])`;
// (A digit may be glued to the name, "Dawa TSERING1, Jiang MEILING1、2"; a letter stands apart from it.)
// ("Lukas Berger* and Dawa Tsering**": marks doubled for the second note.)
const MARKS = String.raw`(?: ${MARK}|(?<=\p{L})(?:\d{1,2}|[*†‡]{1,3}))(?:[ ,、]${MARK}){0,4}`;
// "Katharina Brenner", "Sarah K. Lindqvist": a name of two or three words, a later one may hold an initial's stop.
const INITIALLED_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}`;
const MARKED_NAME = `${INITIALLED_NAME}${MARKS}`;
const MARKED_AUTHORS = new RegExp(String.raw`^(?:[Bb]y )?${MARKED_NAME}(?:(?:, |,? and )${MARKED_NAME}){0,11}$`, "u");
const AUTHOR_MARKS = new RegExp(String.raw`${MARKS}(?=,? and |, |$)`, "gu");
const SKIP_LINK = /^\d\. (?:Content|Navigation|Further content|Metanavigation|Main content|Search|Footer|Choose from \d{1,3} Languages)$/;
const SKIP_LINK_LINES = 12;
const UNCOLONED_AUTHOR = new RegExp(String.raw`^Authors? (${STAFF_NAME}(?:, ${STAFF_NAME}){0,3})$`, "u");
const ANSWERER_STATS = /^[^·•|]{3,160} [·•] Author has [\d.,]+[KkMm]? answers?\b[^·•|]{0,60}$/;
const DAY_AND_WEATHER = /[|·•,]\s*-?\d{1,2}(?:\.\d)? ?°[CF](?: \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?$/u;
const YEAR_JOURNAL_PAGES = /^((?:19|20)\d{2}), (\p{Lu}[^,]{2,80}), (?:(?:№|No\.|Vol\.|Volume) ?\d{1,4}, )?(?:(?:№|No\.|Issue) ?\d{1,4}, )?pp?\. ?\d{1,5}(?:[-–]\d{1,5})?$/u;
const PUBLISHED_THIS_CONTENT = /^(\p{Lu}[\p{L}\d&.,'’() -]{1,80}?) published this content on (\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+ \d{1,2}, \d{4}) and is solely responsible\b/u;
const NAME_HANDLE_WROTE = new RegExp(String.raw`^(${STAFF_NAME}) \([\w.-]{2,30}\) wrote,?$`, "u");
const MAIL_FROM = new RegExp(String.raw`^(?:[-•*] )?From: (${INITIALLED_NAME}) <[\w.+-]+@[\w-]+(?:\.[\w-]+)+>$`, "u");
const LIST_SUBJECT = /^(?:[-•*] )?Subject: \[[\w.-]{2,40}\] (\S.{3,200})$/u;
const TICKER_LINE = /^\p{Lu}[\p{L}\d #&.'’/-]{1,40} [\d,]+\.\d{1,4} [+\-−]\d{1,6}(?:\.\d{1,4})?%$/u;
const SHORT_NAME = new RegExp(`^${INITIALLED_NAME}$`, "u");
const LISTED_HEADLINE_WORDS = 22;
/** A line that opens as a headline does and ends as no sentence does. */
function listedHeadline(line: string): boolean {
  return /^["“‘\p{Lu}\d]/u.test(line) && !/[.!?;,:]["”’]?$/.test(line);
}
const ISSUES_LINK = /^(?:List of Issues|All Issues|Current Issue|Latest Issue|Browse Issues|Past Issues|Issues|Archive|All Journals)$/;
const JOURNAL_NAME = /^\p{Lu}[\p{L}'’&.-]*(?: (?:&|and|of|the|for|in|on|\p{Lu}[\p{L}'’&.-]*)){0,7}$/u;
// ("• Vol. 12, Issue 5, 688 (2021)": a bullet before it, the year in brackets after the page.)
const WRITER_AND_POST = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}), (?:(?:Senior|Research|Visiting|Associate|Assistant|Principal|Chief|Deputy|Executive) )*(?:Fellow|Associate|Director|Professor|Lecturer|Researcher|Analyst|Economist|Scholar|Coordinator|Manager|Officer|Specialist|Consultant|Adviser|Advisor|Dean|Head)\b[^.!?]{0,120}$/u;
// A writer's name with the marks of their note after it: "Jike Muga*", "Laura Bennett†".
const MARKED_WRITER = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})[*†‡§]{1,2}$/u;
function markedWriters(line: string): string[] | null {
  const parts = line.split(/(?<=[*†‡§])\s+/);
  if (parts.length < 2 || parts.length > 8) return null;
  const names = parts.map((p) => MARKED_WRITER.exec(p)?.[1]);
  return names.every((n) => n !== undefined) && names.some((n) => personNameForm(n!.split(" ")) !== null) ? (names as string[]) : null;
}
// "Working Paper No. 2020/07", "Policy Brief, No. 7": a series and its number, after whoever publishes it.
const SERIES_AND_NUMBER = String.raw`(?:Working|Discussion|Policy|Research|Occasional) (?:Paper|Brief)(?: Series)?,? (?:No\.|Number|#)? ?\d{1,4}(?:[-/]\d{1,4})?$`;
const INITIALS_SERIES_NUMBER = new RegExp(String.raw`^\p{Lu}{2,8},? ${SERIES_AND_NUMBER}`, "u");
const PUBLISHER_SERIES_NUMBER = new RegExp(String.raw`^(\p{Lu}[\p{L}'’&-]*(?: (?:of|for|and|the|on|\p{Lu}[\p{L}'’&-]*)){1,10}) ${SERIES_AND_NUMBER}`, "u");
const LISTED_TITLE_WORDS = 24;
const RELATED_LIST_HEAD = /^(?:(?:Recommended|Related|Similar|Suggested|Other|More) (?:Papers|Articles|Reading|Research|Publications|Stories|Posts|Content)|You (?:may|might) also like|Further reading|Read (?:more|next))$/i;
const ALL_ARTICLES_BY = /^See all articles by (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})$/u;
// "3 yr. ago", "5 mo. ago": a board's post's age, as a reading page gives it.
export const POST_AGE_LINE = /^\d{1,3} ?(?:yr|yrs|mo|d|h|min|years?|months?|days?|hours?)\.? ago$/;
const HANDLE_ALONE = /^(?:u\/)?(?=[\w-]{3,30}$)(?=.*[_\d])[\w-]+$/;
const REPORT_KIND_UNDER_TITLE = /^(?:\p{Lu}[\p{Ll}-]+ ){1,2}(?:Report|Evaluation|Assessment)$/u;
const PAGE_COUNT = /^\d{1,4} (?:[Pp]ages|pp\.?)$/;
// "Working Paper", "Original Paper", "Research Article": the kind of paper a repository's or journal's page names.
// ("Research paper" under a journal's issue: its second word in lower case too.)
export const PAPER_KIND_LABEL = /^(?:(?:Working|Discussion|Research|Policy|Occasional|Original) (?:[Pp]aper|[Bb]rief)|(?:Research|Original|Review) [Aa]rticle|Original [Rr]esearch)$/;
export const ISSUE_LINE = new RegExp(String.raw`^(?:[•·] |> ?)?(?:Volume|Vol\.) ?\d{1,4}(?:,? (?:Issue|No\.|Number) ?\d{1,4})?(?:, (${MONTH_PATTERN} \d{4}))?(?:, (?:\d{1,7}|(?:pp?\.|pages) ?\d{1,5}[-–]\d{1,5}))?,?(?: \(((?:19|20)\d{2})\))?$`);

// ("Around China", "Across Asia": a section for news from a place; "In the Spotlight", "From the Field", "In Focus": a
// section's heading phrase under the title; "The Claim", "Verdict": a fact-check's sections. None is a publisher.)
const SECTION_PHRASE = /^(?:Around|Across|Inside|Beyond|Over) \p{Lu}|^(?:In|On|At|From|Behind|Under) the \p{Lu}|^In (?:Focus|Depth|Pictures|Brief|Review)$|^(?:The )?(?:Claim|Verdict|Rating|Ruling|Facts|Fact Check|Bottom Line)$/u;
const SITE_LOGO = /^(\p{Lu}[\p{L}\p{N}&.'’-]{0,30}(?: \p{Lu}[\p{L}\p{N}&.'’-]{0,30}){0,3}) logo$/u;
// Logos of the sites a page shares to or signs in with, which are not the page's publisher.
const SHARED_SITE = /^(?:Facebook|Twitter|X|Instagram|YouTube|LinkedIn|WhatsApp|Weibo|WeChat|Telegram|Reddit|Google|Google Play|App Store|Apple|Apple Podcasts|Spotify|RSS|Email|Print|Search|Menu|Close|Home|Pinterest|TikTok|Flipboard|Tumblr|Line|QQ|Douyin|Podcast|Site|Footer|Header|Company|Main)$/;

/** The site a logo's line names ("NPR logo"), or null. */
export function siteOfLogo(line: string): string | null {
  const logo = SITE_LOGO.exec(line);
  return logo && !SHARED_SITE.test(logo[1]!) ? logo[1]! : null;
}

/** "People's Daily Online", "The State Council Information Office of ...": a publisher's name, not a headline. */
// "(Alice Su / Los Angeles Times)", "(Xinhua/Gao Han)": a photo's credit, its photographer and the paper they work for.
export const PHOTO_CREDIT = /\(([^()/\n]{2,60}?) ?\/ ?([^()/\n]{2,60}?)\)/gu;

/** The paper of a photo credit's two sides ("Alice Su", "Los Angeles Times"), or null when neither is one. */
export function creditedPaper(first: string, second: string): string | null {
  // ("(John Jerome Ganzon / MANILA BULLETIN FILE PHOTO)": the paper's name in capitals, before what the picture is.)
  const sides = [second, first].map((side) => side.trim().replace(/\s+(?:file\s+)?photos?$/i, "")).map((side) => (side === side.toUpperCase() ? nameCased(side) : side));
  return sides.find(looksLikePublisher) ?? null;
}

/** The paper a line that is a photo's credit and nothing else names, or null. */
function photoCreditPaper(line: string): string | null {
  const m = line.length <= 130 ? new RegExp(`^${PHOTO_CREDIT.source}$`, "u").exec(line) : null;
  return m === null ? null : creditedPaper(m[1]!, m[2]!);
}

/** A wire service's name, or a name that reads as a publisher's: "Xinhua", "China Tibet Online". */
export function namesPublisher(name: string): boolean {
  return WIRE_SERVICE_NAME.test(name) || looksLikePublisher(name);
}

const SERVICE_AND_CITY = /^(\p{Lu}[\p{L}]{1,12}), \p{Lu}{3,}(?:[ .'’-]\p{Lu}{2,}){0,3}(?: and \p{Lu}{3,}(?: \p{Lu}{2,}){0,2})?$/u;

export function looksLikePublisher(line: string): boolean {
  const words = line.split(" ");
  // ("ICR Review Date Posted:": a form's label, ending on its colon, is no publisher's name.)
  return !line.endsWith(":") && PUBLISHER_HEAD.test(line) && words.length <= 12 && words.every((w) => /^[A-Z0-9(&]/.test(w) || /^(?:of|the|and|for|in|on|de)$/.test(w));
}


/** "China Daily Website": the publisher a line names as the site's own, or null. */
export function websiteOf(line: string): string | null {
  const site = SITE_NAMED_WEBSITE.exec(line);
  return site && looksLikePublisher(site[1]!) ? site[1]! : null;
}

/** "POOR PEOPLE IN CHINA": a heading set in capitals, small words and all, which no publisher's name is. */
export function isHeadingInCapitals(line: string): boolean {
  // ("THE VALLEY LEDGER": a masthead may open with its article.)
  // ("NEW HOME, NEW LIFE": a section's heading set in two parts, which no masthead is.)
  // ("HOW HERDERS EXPERIENCE POVERTY": a section's heading that opens as a question's word does; no masthead does.)
  return line === line.toUpperCase() && (/\b(?:IN|OF|THE|AND|FOR|ON|TO|AT|WITH)\b/.test(line.replace(/^THE /, "")) || /\p{Lu}, \p{Lu}/u.test(line) || /^(?:HOW|WHY|WHAT|WHEN|WHERE|WHO|WHICH) /.test(line));
}

/**
 * The names of a line that holds only names of people, joined with "; ", or null: two to three
 * words each, surnames in capitals as papers set them ("Yi LOU"), given name first or last.
 */
/** The names of a line of a paper's authors, with or without their affiliations' numbers, joined with "; ", or null. */
function paperAuthors(written: string): string | null {
  // ("by Zhang Ruoxi 1, Ma Jianhua 2,* and Ding Yuqing 1": a journal's page sets "by" before its authors and their marks.)
  // ("Tang Wenjie, Yang Mei, Rahman Osman et al.": an index's first authors, the rest left off.)
  // ("Jike Ayi¹, Luo Wenjun¹ and Peter Hallsworth²": the marks set as superscript digits.)
  const line = written.replace(/^[Bb]y (?=\p{Lu})/u, "").replace(/,? et al\.?$/, "").replace(SUPERSCRIPT_DIGIT, (d) => String(SUPERSCRIPT_DIGITS.indexOf(d)));
  const unmarked = withoutAffiliationMarks(line);
  return namesLine(line) ?? (unmarked !== line ? namesLine(unmarked, true) : null) ?? longNamesLine(line);
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUPERSCRIPT_DIGIT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu;

/** Three names or more and nothing else, one of which may be of no form the name lists know. */
function longNamesLine(line: string): string | null {
  const names = namesLine(line, false, 1);
  return names !== null && names.split("; ").length >= 3 ? names : null;
}

/**
 * `marked`: the line's names carried their affiliations' numbers, which mark authors as surely as known names do.
 * `unknown`: how many names may be of no form the name lists know (in a long list, the rest vouch for them).
 */
function namesLine(written: string, marked = false, unknown = 0): string | null {
  // "• ZHU Jin , 1, 2 ,": one author to an item of a list, with the numbers of their affiliations.
  // (A dozen authors with their affiliations' numbers run to some 200 characters.)
  if (written.length > 320) return null;
  const item = /^[•·*-]\s+(.+?)(?:\s*,?\s*(?:\d{1,2}|\*))+\s*,?$/u.exec(written);
  const line = item ? item[1]! : written;
  if (line.length > 300 || !/^\p{Lu}/u.test(line)) return null;
  // ("Hanjie Wang1 · Qiran Zhao2 · Yunli Bai3": a journal page's authors between middle dots.)
  // ("Zhang Xiaoying & Wang Xiaolin": an ampersand between two.)
  const names = line.split(/,\s*(?:and\s+)?|\s+(?:and|&)\s+|;\s*|\s+·\s+/);
  const read: string[] = [];
  let strangers = 0;
  for (const raw of names) {
    const words = nameCased(raw.replace(/\s?[*†‡\d]{1,3}$/u, "")).split(" ");
    if (words.length < 2 || words.length > 3) return null;
    // (The numbers of affiliations mark an author as surely as a known name does.)
    if (item === null && !marked && personNameForm(words) === null && personNameForm([...words].reverse()) === null && ++strangers > unknown) return null;
    // ("C. Cindy Fan": an initial is a word of a name.)
    if (!words.every((w) => /^\p{Lu}[\p{L}'’-]*$|^\p{Lu}\.$/u.test(w))) return null;
    read.push(words.join(" "));
  }
  return read.join("; ");
}

/** "Home | News | China | World": three or more short items between bars, none of them a date, over no table. */
function isMenuBar(line: string, next: string | undefined): boolean {
  // "Year | Income (yuan) | Growth (%)" heads a table whose rows of figures follow.
  if (line.includes("(") || (next !== undefined && next.includes(" | ") && /\d/.test(next))) return false;
  const parts = line.split(/\s+\|\s+/);
  return parts.length >= 3 && parts.every((p) => wordCount(p) <= 3 && !/[.!?]$/.test(p) && parseDate(p) === null && !/\d{3,}/.test(p));
}

/**
 * A PDF page header or footer: a page number alone, or a page number and a short running title
 * set apart by a wide gap ("12   Beyond the Training Centres", "Report title    13").
 */
function isPageFurniture(c: LineContext): boolean {
  // ("10/26/2017 Poverty Reduction in Yunnan ... http://english.gov.cn/archive/... 1/14": a browser's header on a printed page.)
  if (PRINTED_PAGE_HEADER.test(c.line)) return true;
  // A number alone on its line: pushed far right (or left) as a PDF sets it, or beside other furniture.
  if (/^\d{1,4}$/.test(c.line)) return /^\s{8,}\d{1,4}\s*$/.test(c.raw) || c.previousRule === "footnote" || c.previousRule === "page-separator";
  // ("Fuyun      118      87      41": a table's row, its figures in columns, is no running title.)
  // ("Zeku         88          94": or two figures in columns, set apart from the row's label and each other.)
  if (TABLE_ROW.test(c.line) && (c.line.split(" ").filter((w) => /^\d/.test(w)).length >= 3 || (c.raw.match(COLUMN_GAP)?.length ?? 0) >= 2)) return false;
  return /^\s*\d{1,4}\s{3,}\S.{0,80}$/.test(c.raw) || /^\s*\S.{0,80}\S\s{3,}\d{1,4}\s*$/.test(c.raw);
}

/**
 * Footnotes at the foot of a page: after a separator line (or another footnote), a line that
 * starts with the note's number ("15 Kashgar Prefecture, ...") or continues the previous note.
 */
function isFootnote(c: LineContext): boolean {
  if (c.previousRule !== "page-separator" && c.previousRule !== "footnote") return false;
  // ("1. Background" under a rule between the summary and the body: a section's heading, which no note continues.)
  if (SECTION_HEADING.test(c.line)) return false;
  // ("1. Cotton picking season starts with fewer hands" over a paragraph of prose: a newsletter's numbered item, its headline.)
  if (NUMBERED_HEADLINE.test(c.line) && c.next !== undefined && wordCount(c.next) >= HEADLINE_PROSE_WORDS) return false;
  if (/^\[?\d{1,3}\]?[.)]? \S/.test(c.line)) return true;
  return c.previousRule === "footnote" && (/^[\p{Ll}(“"]/u.test(c.line) || !/[.!?)]$/.test(c.previous ?? ""));
}

const NUMBERED_HEADLINE = /^\d{1,2}\. \p{Lu}[^.,;:!?\d]{0,100}$/u;
const HEADLINE_PROSE_WORDS = 25;
// "2. Findings", "3 Policy options": a numbered heading of a few words, no figure, comma or stop in it.
const SECTION_HEADING = /^\d{1,2}\.? \p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,5}$/u;

// The city that closes a release's masthead ("New York"); a newsletter's name ("Steppe & Silk") and the buttons
// to subscribe to it.
const CITY_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u;
// ("Completion Evaluation", "Country Assessment": a report's kind set under its title.)
const EVALUATION_KIND = /\b(?:Evaluation|Assessment|Appraisal)$/;
const DOCUMENT_KIND_WORD = /\b(?:Brief|Paper|Report|Note|Notes|Review|Summary|Update|Issue|Series|Edition|Release|Statement|Bulletin|Newsletter|Digest|Briefing|Evaluation|Assessment|Appraisal)\b/;
const CO_AUTHOR = String.raw`(?:(?:Dr|Prof)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}`;
const CO_AUTHORS = new RegExp(String.raw`^with (${CO_AUTHOR}(?:(?:, |,? and )${CO_AUTHOR}){0,6})$`, "u");
const NEWSLETTER_NAME = /^(?:The )?\p{Lu}[\p{L}'’.-]*(?: (?:&|and|of|the|\p{Lu}[\p{L}'’.-]*)){0,4}$/u;
const SUBSCRIBE_BUTTONS = /^(?:(?:sign in|sign up|log in)\s+)?subscribe(?:\s+(?:sign in|sign up|log in))?$/i;
// "PHmuseum", "eNCA", "iFeng": one word whose capitals stand inside it, as only a brand's name is written.
const BRAND_CASED = /^(?=[\p{L}\p{N}.&-]*(?:\p{Lu}{2}\p{Ll}|\p{Ll}\p{Lu}))[\p{L}\p{N}.&-]{3,30}$/u;

/** A brand-cased name over a trail of the site's sections. */
function brandOverTrail(line: string, next: string | undefined): boolean {
  return BRAND_CASED.test(line) && next !== undefined && isBreadcrumb(next);
}

const SENTENCE_CASE_TITLE = /^\p{Lu}\p{Ll}+ (?:\p{Ll}+ )?(?!(?:news|affairs|politics|business|economy|opinion|society|culture|sports|analysis|features|stories|reports|updates|headlines)$)\p{Ll}{5,}$/u;

export const SECTION_AND_TOPIC = /^\p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,2} \| \p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,2}$/u;

/** A line of at most three words at the very top, above a longer title-like line: a site section label. */
export function isLeadingSectionLabel(line: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  // "Home Blogs Xinjiang Eradicating Absolute Poverty" over the headline: a breadcrumb that lost its marks.
  if (/^Home\b/.test(line) && next.length >= 10 && line.length > next.length && line.endsWith(next)) return true;
  // ("Xinhua" alone under the title names the outlet; it heads no section. "r/China" is the forum's.)
  // ("China Daily Website": the site naming itself, its outlet.)
  if (/^(?:Xinhua|Reuters|AFP|AP|CGTN|BBC)$/.test(line) || SUBREDDIT_LINE.test(line) || READER_VIEW_OF.test(line) || brandOverTrail(line, next) || websiteOf(line) !== null) return false;
  // ("Posted by u/someone", "By Li Wei", "By" over the name: a byline, however short, heads no section.)
  if (POSTED_BY.test(line) || parseByline(line) !== null || BARE_BY.test(line)) return false;
  // ("Advertisement", "Share": a control or a menu's word is the site's navigation, no section and no masthead.)
  // ("Sophia Yan" over "·3 min read": a writer's name heads no section.)
  // ("Public Disclosure Authorized": nor a stamp on the page, which its own rule takes.)
  // ("Document of" over a lender's name: the cover's credit, which its own rule reads.)
  if (NAV_LINE.test(line) || personNameForm(line.split(" ")) !== null || DISCLOSURE_STAMP.test(line) || line === "Document of") return false;
  // (A name over its affiliation is an author.)
  if (opensAffiliation(next)) return false;
  // A short headline over its byline or dateline is the title, not a label.
  if (parseByline(next) !== null || parseDateline(next) !== null || /^By\s+[A-Z]/.test(next)) return false;
  // A label sits above the title; a short line directly above body prose is the title itself.
  if (ENDS_LIKE_PROSE.test(next) || wordCount(next) > 12) return false;
  // ("Asia | Rural credit" over the headline: a magazine's section and its topic, a bar between, a few words each.)
  if (SECTION_AND_TOPIC.test(line)) return true;
  const words = wordCount(line);
  // ("Moving the mountains" over its subtitle: a short title in sentence case, a long word in lower case, heads no section.)
  return words <= 3 && !ENDS_LIKE_PROSE.test(line) && !/[\d,]/.test(line) && !SENTENCE_CASE_TITLE.test(line) && wordCount(next) > words;
}
