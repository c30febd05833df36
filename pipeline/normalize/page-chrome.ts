// One line in; whether it is the furniture of a page that is not prose: a breadcrumb trail, render
// and player chrome, a forum's subreddit or vote line, a score alone on its line, an image's file
// name, or injected spam. Each predicate recognises a form of line, never a site.
import { wordCount } from "./whitespace.ts";
import { listedLevel } from "../gazetteer/divisions.ts";

// "SITE › News › Region News", "Home > Press Room >", "Home / News / China", "Site ▸ World ▸ Asia", "Board index ‹ Current Events": short items between arrows.
// ("Home /Regional Profiles /Data": a slash with a space on one side only.)
const CRUMB_SEPARATOR = /\s*[›‹»>→▸►]\s*|\s+\/\s*|\s*\/\s+/;

const GLUED_TRAIL = /^Home(?:News|Opinion|World|China|Nation|Business|Society|Politics|Sections?|Analysis|Features?|Op-?eds?|Columns?|Editorials?|Commentary|Asia|India|Africa|Region|Local|Latest)\p{Lu}/u;

const SCREEN_CAPTION = /^(?:SUPER|Super|CG|LOWER THIRD|Lower third):\s/;

export function isBreadcrumb(line: string): boolean {
  // ("HomeOpinionAs India returns to positive growth, it must think why it can’t...": a trail whose links
  // ran together, the page's own title cut short at its end.)
  if (GLUED_TRAIL.test(line)) return true;
  // ("By Tom Phillips / The Guardian, PADANGSHANG VILLAGE, China": a byline's parts, not a trail.)
  // ("<v Speaker 1>Hello, and welcome to the": a caption's voice tag, whose bracket is no arrow.)
  // (A trail that opens at "Home" may run longer: "Home > The Permanent Mission > Ambassador Zhang Jun, PR > ...".)
  // ("Dharma Valley Forum » General » News & Views » Nagchu herders moved ...?": and so may one of three steps or more
  // down to a thread's title.)
  const steps = line.match(/ [>›‹»▸►→] /g)?.length ?? 0;
  // ("- From: Margit Olsen <m.olsen@ncads.dk>": an address in angle brackets, no trail's arrows.)
  // ("SUPER: Ma Zhanlin / Villager, Yuanlong Village": a script's on-screen caption, a name and a post, no trail.)
  if (line.startsWith(">") || SCREEN_CAPTION.test(line) || /<[\w.+-]+@[\w.-]+>/.test(line) || /^By\s/.test(line) || /^<v[ .]/.test(line) || wordCount(line) > (/^Home\s*[>›»]/.test(line) || steps >= 3 ? 24 : 16)) return false;
  const parts = line.split(CRUMB_SEPARATOR);
  const trailing = parts[parts.length - 1] === "";
  const items = parts.filter((p) => p !== "");
  if (items.length < (trailing ? 1 : 2) || items.length > 8) return false;
  // A trail ends at the page it is on ("... > From Fields to Factories?"), which may end as a title does.
  if (/[.!]["”]?$/.test(line) && items.length < 3) return false;
  // Items are short names of sections; a year ("White Papers > 2021") is a section too.
  // ("The Forum > Article Comments > The China house of cards - Part II > Comments": one of them, among three or
  // more, may be the page's own title, however long.)
  const long = items.filter((p) => wordCount(p) > 6).length;
  // ("Home > Projects > China, People's Republic of > 51873-002": a trail from the home page may end on the record's number.)
  const numbered = (p: string, k: number) => k === items.length - 1 && /^Home\b/.test(line) && /^[\d-]{3,20}$/.test(p);
  return (long === 0 || (long === 1 && items.length >= 3)) && items.every((p, k) => ((/\p{L}/u.test(p) || /^\d{4}$/.test(p)) && !/\d{5,}/.test(p)) || numbered(p, k));
}

// "Home   Embassy Information   About China   News": items set apart by wide gaps, as a menu bar is rendered.
export function isSpacedMenu(raw: string): boolean {
  const items = raw.trim().split(/\s{2,}|\t+/);
  return items.length >= 3 && items.every((p) => p.split(" ").length <= 4 && /^[\p{Lu}\p{Lo}]/u.test(p) && !/\d/.test(p) && !/[.!?]$/.test(p));
}

// ("Solheim-Master-2022.pdf (2.184Mb)" / "View/Open" / "Show simple item record": a repository's links to the item's file and record.)
// "Share - WeChat", "Subscribe | Sign in", "Skip to main content Accessibility help" (or "... Skip to main navigation
// menu Skip to site footer"), "Go offline with the app!",
// "Please wait a minute...", an "Open Access" badge:
// a site's controls and invitations, never the text.
// ("Back", "Who we are", "Where we work": an institute's menu, set out one entry to a line.)
// ("Serving Ypsilanti, Ann Arbor and Washtenaw County, MI", "Serving the High Plains and the Texas Panhandle": a station's
// tagline, the places it broadcasts to; "Previous Articles Next Articles": a journal page's links.)
// ("You are using an older browser version. Please use a supported version ...": a site's warning to old browsers.)
// ("Only view this author", "From mobile client": a board's filter button and the client a reply came from.)
// ("Ask Question", "Post Reply", "Asked 3 years, 4 months ago", "Viewed 4k times": a question site's or a board's buttons and counters
// around a thread's title.)
// ("Expand full comment": a newsletter's button under a folded comment, "Start Writing" at its foot; "close": a video panel's.)
// ("Translate page with Google": a site's button to have the page translated.)
// ("mobile web", "Desktop version": a site's switch to its other layout; "Search This Blog": a blog's search box;
// "Responsive Image", "Featured image": a picture's stand-in text; "My bibliography  Save this article": an index's buttons.)
// ("Edit Blog Post": the writer's own button, left on a saved page.)
// ("Adjust font size: A A A", "You have 2 free articles remaining this month.": a reprint's type-size buttons and a paywall's counter.)
// ("Scan the QR code to share": the code a page offers to carry it to a phone; "Asset Publisher" / "Publicador de
// contenidos", "IFAD Asset Request Portlet": the names a portal's content boxes print over what they hold.)
// ("Embed Size (px)", "Citation preview": a document-sharing site's controls around the file it shows; "7 languages": a
// wiki's button to the page in other languages.)
// ("Reply With Quote", "Thread Tools   Display", "Results 1 to 4 of 4": a vBulletin board's buttons and counter.)
// ("Write" beside "Sign in": a blogging platform's button to write a post; "A button that says 'Download on the App
// Store', and if clicked ...": a button's description for screen readers.)
// ("Copy the link and open WeChat to share", "Open Wechat": a share button's prompt.)
// ("Live Reporting", "All times stated are Beijing time": a live page's labels over its entries.)
// ("Download full issue", "Search ScienceDirect", "Show full outline", "Get rights and content": a journal platform's
// buttons around an article's title, "Figures & Tables(6)" its tab; "View this thread on steempeak.com": an explorer's link to the post elsewhere; "Open Menu": a narrow layout's button; "Skip to first unread message": a mailing list
// archive's; "Displaying 1 - 10 of 31 results": a clip archive's count over its list.)
// ("Admin · Top contributor" under a group post's writer: the badges the group gives its members.)
const BADGE = "admin|moderator|top contributor|rising contributor|group expert|conversation starter|new member";
export const MEMBER_BADGES = new RegExp(`^(?:${BADGE})(?: · (?:${BADGE}|author)){0,3}$`, "i");
const CONTROL_LINE = /^(?:(?:episode|show) (?:description|transcript|notes|summary)|become a supporter of the show!?|starting at \$\d{1,3}(?:\.\d{2})?\/month|support(?: the show)?|show notes(?: transcript)?(?: chapter markers)?|send us a (?:text|message)|contact the show|thanks for listening!?|aims and scope|submit (?:a |your )?manuscript|explore all metrics|cite this (?:article|paper|chapter)|show author details|article contents|download full (?:issue|text|article)|figures (?:&|and) tables(?: ?\(\d{1,3}\))?|(?:displaying|showing) \d{1,5} ?[-–] ?\d{1,5} of \d{1,7} results?|search [a-z]+(?:\.[a-z]{2,})?|skip to (?:article|search|first unread message)|show full outline|view this (?:thread|post|page|story) on [\w.-]{3,60}|get rights and content|embed size \(px\)|write|start writing|live reporting|live updates|live coverage|show \d{1,3} new (?:updates?|posts?|entries|comments)(?: refresh)?|refresh|all times (?:stated |shown )?are [\w ]{2,30} time|a button that says\b.{0,200}|copy the link and open wechat to share|open wechat|share (?:to|on) wechat|scan (?:with|in) wechat(?: to share)?|citation preview|\d{1,3} languages|reply with quote|multi-quote this message|thread tools(?:\s+display(?: modes)?)?|display modes|results \d{1,4} to \d{1,4} of \d{1,5}|edit (?:this )?(?:blog )?(?:post|entry|page|article)|scan (?:the )?qr code(?: to (?:share|read|follow|download)(?: (?:it|this|the app|on your phone))?)?|asset publisher|publicador de contenidos|(?:[\w-]+ ){0,4}portlet|(?:my bibliography )?save this (?:article|paper|item|page|story)|(?:responsive|featured|header|banner) image|search this (?:blog|site|website)|(?:mobile|desktop|full|classic) (?:web|site|version|view)|switch to (?:mobile|desktop)(?: (?:web|site|version|view))?|translate (?:this )?page(?: with google)?|you are using an? (?:older|outdated|unsupported|old) (?:browser|version of)\b.{0,160}|expand full comment|close|close (?:menu|window|search|video|player)|serving [a-z][a-z.' ,&-]{2,80}, [a-z]{2}|serving (?:the )?[a-z][a-z.' ,&-]{2,60} and [a-z][a-z.' ,&-]{2,60}|previous articles? next articles?|back(?: to (?:top|home|menu|list|article))?|who we are|where we work|what we do|share\b.{0,30}|welcome, guest\.?|please (?:login|log in) or register\.?|forgot your password\??|forgot (?:your )?(?:password|user ?name)(?: or (?:password|user ?name))?\??|logging in\.{0,3}|remember me(?: log ?in)?|login or sign up|log in or sign up|users online|view profile|printer[ -]friendly(?: version| page)?|what['’]s new|new posts|latest activity|page [a-z]?\d{1,3}|(?:next|previous|prev) (?:article|story|post|page)\b.{0,30}|the story appears on|get this page in pdf|free for subscribers|view (?:shopping )?cart|follow us\b.{0,30}|subscribe(?: (?:now|today|to [\w ]{1,30}))?|(?:sign|log) (?:in|up)\b.{0,20}|skip to (?:main |primary )?(?:content|navigation|footer)\b.{0,80}|download (?:the |our )?app\b.{0,30}|download(?: (?:video|audio|image|pdf|\.?(?:srt|vtt|txt|mp3|mp4)))?|translate (?:to|into) (?:an?other|other) languages?|get the app\b.{0,20}|go offline with .{0,40}|open in (?:the )?(?:app|[a-z]+(?: (?:app|podcasts?|music))?)|listen (?:now|later)|read in chinese|download transcript|\S{1,40} - podcast app|click on a timestamp.{0,60}|cite|cite this|save pdf|rights (?:&|and) permissions|metrics|figures|article|get access|export citation|view (?:pdf|all)|about [\d,.]+ results.{0,30}|(?:[\d,.]+ )?(?:views|downloads|citations|crossref citations to date|altmetric|reads|ratings)|(?:[\d,.]+ ?(?:downloads?|views?|pages?|[kmg]b)(?: size)? ?){2,4}|[\d.]+ ?(?:views|ratings)|.{1,30} (?:icon|logo)|more posts you may like|.{1,30} (?:cover|profile|header|banner) image|uploaded by (?:an? )?[\w ]{1,40} (?:content )?partner|buy (?:this )?video|more ?(?:photos?|videos?|top news|news|features|stories|opinion|business|world|china|sports)|e-?mail this (?:article|page|story|link)(?: government homepage)?|transcribe your (?:podcast|audio|video)|powered by [\w.!' -]{2,40}|more from .{1,30}|recommended for you|(?:header )?image for .{1,40}|total pages?:? ?\d{1,5}|file type:.{1,40}|adjust font size:?(?: [-+a]{1,3}){0,3}|you have (?:\d{1,2}|one|two|three) free (?:articles?|stories) (?:remaining|left)(?: this month)?\.?|(?:text|font) size:?(?: [-+aA]{1,3}){0,3}|off the wire|you are here:?.{0,60}|current (?:location|position):?.{0,60}|placeholder image|(?:u\.s\. |us |european |asian )?markets? (?:are )?(?:closed|open)|(?:old|new|classic|mobile|desktop|full|lite) (?:version|site)|watch (?:now|live|video)|spread the love|subtitles? section.{0,30}|loading\.{0,3}|please wait(?: a (?:minute|moment|second))?(?:\.{0,3}|…)|open access(?: (?:article|research article|review|paper))?|free access|files in \w+|editor\(s\)|author\(s\)|corresponding authors?|e-?mail this to a friend(?: printable version)?|(?:no )?recent searches|(?:episode )?(?:length|duration):? \d{1,2}:\d{2}(?::\d{2})?(?: \| download(?: \([\d.]+ ?[kmg]b\))?)?|(?:play button|pause button)(?: (?:play button|pause button))?|no media source currently available|only available when logged in\.?|abstract generation in progress\.{0,3}|subscribe (?:sign|log) in|gift this article|similar (?:content|articles|stories|videos|posts)|add (?:a )?question|ask (?:a )?question|only (?:view|show|see) (?:this|the) (?:author|poster|op)(?:['’]s posts)?|(?:posted )?from (?:a |the |my )?(?:mobile|phone|android|iphone)(?: (?:client|app|version|phone))?|(?:asked|modified|active) (?:(?:\d{1,3}|an?) (?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)(?:,? (?:\d{1,3}|an?) (?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?))? ago|today|yesterday)|viewed [\d.,]{1,7}[km]? times|post (?:a )?reply|(?:start a )?new (?:topic|thread)|reply to (?:this )?(?:topic|thread)|toggle (?:sidebar|navigation|menu)|(?:open|close) (?:the )?menu|\(?(?:estimated )?read(?:ing)? time:? .{1,30}|expand(?: all)?|collapse(?: all)?|show (?:more|less|all)|(?:[\w ]{1,30} icon )?an illustration of (?:an? )?[\w ,.'’-]{3,120}|add friend(?: send message)?|send message|available in english\b.{0,60}|show (?:simple|full) item record|hide metadata|view\/open|[\w.-]{1,80}\.(?:pdf|docx?|epub|xlsx?|zip) \([\d.,]{1,8} ?[kmg]i?b\)|(?:user|site|page) tools|cross-posted from:? .{1,80}|printable version of thread|authors? to whom correspondence should be addressed\.?|for immediate release|(?:top|bottom|side) banner|download as (?:pdf|txt|docx?)(?: or (?:pdf|txt|docx?))*|you are on page \d{1,4} ?of \d{1,5}|these authors contributed equally to this work\.?|click here to view this topic in its original format|[\d.]+(?: ?[•·] ?| )[\d,.]+[kKmM]? ratings|(?:print|e-?mail|send|share|suggest)(?: this)? (?:page|article|story|to a friend)(?: (?:print|e-?mail|send|share|suggest)(?: this)? (?:page|article|story|to a friend)){0,3})$/i;

const MENU_WORD = /^(?:home|about|about us|contact|archive|search|menu|news|subscribe|sign in|sign up|log in|register|login|logout|popular|explore|trending|latest|browse|topics|wallet|communities)$/i;

// "Taliban ... • 2nd LD ... • French police ...": a ticker or list of links run into one line.
export function isLinkTicker(line: string): boolean {
  const items = line.split(/ [•·|] /);
  // ("| Rural Poor Population (person) | 4,023,000 | 2,806,000 | 1,552,000 |": a table's row, its cells figures, is no ticker.)
  if (items.filter((item) => /^\|?\s*[-+]?\d[\d,.]*%?\s*\|?$/.test(item.trim())).length >= 2) return false;
  return items.length >= 4 && items.every((item) => wordCount(item) <= 20);
}

// "Messenger Messenger Pinterest LinkedIn": a share bar's buttons, one after another.
export const SHARE_BUTTON = /^(?:Facebook|Twitter|X|Messenger|Pinterest|LinkedIn|WhatsApp|Telegram|Reddit|Email|E-mail|Weibo|WeChat|Print|Share|Copy|Link|Tumblr|VK|Line|Flipboard|Mail)$/i;
const ENTRY_BUTTONS = /^(?:previous|prev|next|share|back|top|print)(?: (?:previous|prev|next|share|back|top|print)){1,4}$/i;
const GLUED_SHARE_BUTTONS = /^(?:facebook|twitter|whatsapp|messenger|pinterest|linkedin|telegram|reddit|e-?mail|weibo|wechat|print|share|copylink|copy|link|tumblr|flipboard|mail){2,12}$/i;

// "Home About Us What's New Foreign Ministry Spokesperson's Remarks": a menu bar run into one line, from
// "Home" through a site's usual links, capitalised words and no sentence's end.
const MENU_WORD_RUN = String.raw`(?:[\p{Lu}][\p{L}'’&-]*|and|of|the|for|on|in|&)`;
const RUN_MENU = new RegExp(String.raw`^Home (?=.*\b(?:About Us|What['’]s New|Contact Us|News|Services)\b)${MENU_WORD_RUN}(?: ${MENU_WORD_RUN}){2,39}$`, "u");
const MENU_REST = new RegExp(String.raw`^${MENU_WORD_RUN}(?: ${MENU_WORD_RUN}){1,39}$`, "u");

// How many names a menu of places lists at least; how many of its words are such names.
const PLACE_MENU_ITEMS = 4;
const PLACE_MENU_SHARE = 0.6;

/**
 * "Anhui Beijing Chongqing Fujian Gansu Guangdong", "Heilongjiang Henan Hong Kong Hubei": a site's menu of
 * provinces, capitalised names one after another (a name of two words counts its known word).
 */
function isPlaceMenu(line: string): boolean {
  const words = line.split(" ");
  if (words.length < PLACE_MENU_ITEMS || words.length > 60 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const listed = words.filter((w) => listedLevel(w) !== undefined).length;
  return listed >= PLACE_MENU_ITEMS && listed / words.length >= PLACE_MENU_SHARE;
}

/** "  Specialized Agencies Other International Organizations": the rest of such a menu bar, wrapped onto an indented line. */
export function continuesRunMenu(previous: string | undefined, raw: string): boolean {
  return previous !== undefined && RUN_MENU.test(previous) && /^\s/.test(raw) && MENU_REST.test(raw.trim().replace(/\s+/g, " "));
}

// "WYPR 88.1 FM Baltimore WYPF 88.1 FM Frederick": a radio station's call signs and frequencies, its masthead's menu.
const STATION_LIST = /^(?:[A-Z]{3,5} \d{2,3}(?:\.\d)? (?:FM|AM)(?: [A-Z][a-z]+){0,3} ?){1,8}$/;

// ("Privacy ∙ Terms ∙ Collection notice", "Terms of Use | Privacy Policy | Cookies": a site's footer of legal links.)
// (The links' words, shared with a copyright line's, where they run on after the holder's name.)
export const LEGAL_LINK_WORDS = String.raw`privacy(?: (?:policy|notice|statement|settings))?|terms(?: (?:of (?:use|service)|and conditions|& conditions))?|cookies?(?: (?:policy|settings|preferences))?|collection notice|accessibility(?: statement)?|site ?map|contact(?: us)?|disclaimer|copyright|legal(?: notice)?|imprint|do not sell my (?:personal )?info(?:rmation)?`;
const LEGAL_LINK = new RegExp(`^(?:${LEGAL_LINK_WORDS})$`, "i");

export function isSiteControl(line: string): boolean {
  if (STATION_LIST.test(line)) return true;
  // ("+- +-", "+-Stats ezBlock": a board's toggles to fold its side blocks, with the block's name.)
  if (/^\+-(?:\s*\+-)*(?:\s*[\p{L}]+){0,3}$/u.test(line)) return true;
  const bare = line.replace(/^[^\p{L}\p{N}]+/u, "");
  if (CONTROL_LINE.test(bare) || RUN_MENU.test(bare) || isPlaceMenu(bare) || MEMBER_BADGES.test(bare)) return true;
  const buttons = bare.split(/\s+/);
  if (buttons.length >= 2 && buttons.length <= 12 && buttons.every((w) => SHARE_BUTTON.test(w))) return true;
  // ("Previous Share Next": the buttons between a journal's entries.)
  if (ENTRY_BUTTONS.test(bare)) return true;
  // ("facebooktwitterwhatsappcopylink": the share buttons' names run together, their icons lost.)
  if (GLUED_SHARE_BUTTONS.test(bare)) return true;
  // ("Print Mail Large Medium Small 分享按钮 0": share and type-size buttons, a label in Chinese script, a count.)
  if (buttons.length <= 12 && buttons.filter((w) => SHARE_BUTTON.test(w)).length >= 2 && buttons.every((w) => SHARE_BUTTON.test(w) || /^(?:Large|Medium|Small|A\+|A-|\d{1,6}|[\u3400-\u9fff]{1,8})$/u.test(w))) return true;
  // ("Search Subscribe", "Home About Contact": a menu's one-word items, side by side.)
  if (buttons.length >= 2 && buttons.length <= 12 && buttons.every((w) => MENU_WORD.test(w))) return true;
  // ("All Time Today Last Week Last Month", "All Discussions only Photos only Videos only": a board's filters.)
  if (TIME_FILTERS.test(bare) || KIND_FILTERS.test(bare)) return true;
  const legal = bare.split(/ [|∙·•] /);
  if (legal.length >= 2 && legal.every((p) => LEGAL_LINK.test(p.trim()))) return true;
  const parts = bare.split(" | ");
  return parts.length >= 2 && parts.every((p) => CONTROL_LINE.test(p) || MENU_WORD.test(p));
}

const TIME_FILTER = "(?:All Time|Today|Yesterday|Last (?:Week|Month|Year|24 Hours)|This (?:Week|Month|Year)|Past (?:Week|Month|Year))";
const TIME_FILTERS = new RegExp(`^${TIME_FILTER}(?: ${TIME_FILTER}){2,8}$`);
const KIND_FILTERS = /^(?:All \p{Lu}\p{Ll}+ only|\p{Lu}\p{Ll}+ only)(?: \p{Lu}\p{Ll}+ only){2,8}$/u;

// Chinese, Japanese or Korean script making up most of a line's letters: a share bar or a spam title
// in an English page.
const ANY_CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

export function isMostlyCjk(line: string): boolean {
  if (!ANY_CJK.test(line)) return false;
  // Most lines hold no character from these scripts: one scan of code units decides (CJK, kana and
  // Hangul lie from U+2E80 up; Latin letters are counted on the way).
  let cjk = 0;
  let letters = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
  }
  return cjk > 0 && cjk >= letters;
}

// "Hostname: page-component-...  Total loading time: 0  Render date: 2024-...": what a page's renderer printed.
// ("This page was processed by aws-apollo-l2 in 0.192 seconds": how long the server took.)
const RENDER_CHROME = /\b(?:hostname|render date|total loading time|loading time|page-component-[\w-]+)\b\s*:?|^(?:this )?page (?:was )?(?:processed|generated|rendered) (?:by \S{1,60} )?in [\d.]+ ?(?:seconds|secs?|s|ms)\b/i;

// ".layout-ratio{ padding-bottom: 79.13%; } @media (min-width: 768px) ...", "{{ widget.title }}": a
// page's style sheet or template left in its text.
// ('<iframe src="" width="100%" height="290" frameborder="0">': markup left as text.)
const STYLE_RULE = /\{\s*[a-z-]{2,30}\s*:\s*[^{};]{1,60};|@media\s*\(|^\{\{[^{}]{1,80}\}\}$|<(?:iframe|script|div|span|img|embed|object)\b|\bframeborder=/i;

// "<p>4Ps Beneficiaries <em>(File photo)</em></p>": a caption's markup, left in the text by the page's renderer.
const HTML_ELEMENT_LINE = /^<(?:p|div|span|em|strong|figure|figcaption|img|h[1-6])\b[^<>]{0,200}>.{0,300}<\/(?:p|div|span|figure|figcaption|h[1-6])>$/i;

// ("Today is 2020-8-28": the day the page was shown, which a site's header prints, not the day it was published.)
const TODAY_IS = /^(?:Today is|Today:|Current (?:date|time):?)\s.{4,40}$/i;

// ("Sorry, but your browser needs Javascript to use this site.", "... please refer to this site: https://www.enable-javascript.com/":
// a page's notice to a reader whose browser runs no scripts.)
// ("You are using a browser version with limited support for CSS. ... update your browser ...": or an old browser.)
const SCRIPT_NOTICE = /\b(?:javascript|js) (?:is )?(?:required|disabled|needs to be enabled|must be enabled)\b|\bneeds? javascript\b|\benable javascript\b|enable-javascript\.com|\b(?:browser version with limited support|your browser is (?:out of date|outdated|not supported|no longer supported)|(?:update|upgrade) your browser)\b/i;
const SCRIPT_NOTICE_WORDS = 60;

export function isRenderChrome(line: string): boolean {
  return (RENDER_CHROME.test(line) && wordCount(line) <= 24) || STYLE_RULE.test(line) || HTML_ELEMENT_LINE.test(line) || TODAY_IS.test(line) || (SCRIPT_NOTICE.test(line) && wordCount(line) <= SCRIPT_NOTICE_WORDS);
}

// "r/worldnews Mar 10 '20", "r/China · Posted by u/someone 3 years ago": the subreddit line over a thread.
export const SUBREDDIT_LINE = /^[rc]\/[A-Za-z0-9_]{2,21}\b(?:\s*[·•|]?\s*(?:posted by\s+)?(?:u\/[\w-]{2,30})?.{0,40})?$/i;

// "412 Upvotes", "1.5k comments sorted by", "Show parent comments", "level 2", "arrow-up 8": a thread's counters and controls.
// ("Logged" under a board's post, "Pages: [1] Go Down" over its thread: a message board's controls.)
// ("permalink embed save parent report reply", "148 comments share save hide report": the old layout's links in a row.)
// ("136 points (100.0% liked)", "9431 readers", "766 users here now", "founded 1 year ago": a federated forum's
// score and its community's counters.)
// ("Subscribe · 2.3K subscribers" under a community's name; "Archived thread · 41 replies · 9 images" over an imageboard's thread.)
// ("View 112 upvotes", "0 new messages", "Recommend 214 Reply", "Join 1,204 other followers", "4.1K 1.2K Copy
// link to Tweet": a question site's, a mailing list's, a comment page's, a blog's and an embedded post's counters.)
// ("all 41 comments", "41 comments share save hide report crosspost", "View 23 more replies": and a thread's own.)
const THREAD_CONTROL =
  /^(?:(?:[\d.,]+[kKmM]?\s+)?(?:up ?votes?|down ?votes?|votes?|points?|karma|comments?(?: sorted by)?|replies|reply|downloads?|views?)|view [\d.,]+[kKmM]? (?:up ?votes?|shares?)|[\d,]{1,7} new messages?|recommend [\d,]{1,7}(?: reply)?|join [\d,]{1,9} other (?:followers|subscribers)|[\d.,]+[kKmM]? +[\d.,]+[kKmM]? +copy link(?: to (?:tweet|post))?|[\d.,]+[kKmM]? points? \([\d.]+% (?:liked|upvoted)\)|[\d.,]+[kKmM]? (?:references|readers|subscribers|users here now|users online|members online|images?|files?|posters?|followers)|founded \d{1,3} (?:years?|months?|weeks?|days?) ago|subscribe|unsubscribe|archived thread|locked thread|moderators|you are viewing a single comment's thread|view the rest of the comments|view all comments|show parent comments|continue this thread|more replies|view [\d,]{1,6} more (?:replies|comments)|all [\d,]{1,7} comments|load more comments|sort(?:ed)? by:?(?: \w+)?|likes? \(\d{1,6}\)|view upvoters|view (?:all )?shares|(?:[\d,]+ comments? )?(?:(?:permalink|embed|save|unsave|hide|report|reply|parent|share|context|full comments|give award|edit|delete|source|crosspost) ?){2,9}|level \d{1,2}|arrow-(?:up|down)(?: [\d.,]+[kKmM]?)?|arrow-up(?: [\d.,]+[kKmM]?)? arrow-down(?: [\d.,]+[kKmM]?)?|[\d.]+% upvoted|fedilink|permalink|link|save|edit|report|embed|logged|go (?:up|down)|pages: (?:\[\d{1,3}\] ?){1,10}(?:go (?:up|down))?|give award|award|share|(?:edited )?\d{1,3}(?:\.\d)?[kK]? ?[·•]? ?\d{0,3} ?(?:years?|yrs?\.|months?|mo\.|weeks?|days?|hours?|minutes?|[ymwdh]) ago)$/i;

// ("Upvote (21) | Reply | Report": a button with its count in brackets.)
const COUNT_IN_BRACKETS = / \(\d[\d,.]{0,9}[kKmM]?\)$/;
// "Full text views 1,204", "Abstract views: 3,387": a page's counter with its number after it.
// ("Comments: 38 [More]": with the link to the rest after it.)
// ("Reply · 22", "Upvote · 112": a question site's button and its count.)
const BUTTON_COUNT = /^(?:reply|comment|share|upvote)s? [·•] [\d.,]+[kKmM]?$/i;
// ("Visits: 18,206", "Webpage views: 3,412": a government page's count of its visits.)
// ("Downloads: 1,046 (since 8 March 2022)", "Rank 214,335": since when it counts; a repository's rank of the paper by them.)
const COUNTER_AFTER = /^[\p{L} ]{0,30}\b(?:views|downloads|reads|citations|shares|likes|comments|visits|hits|clicks|rank|followers|subscribers)\s*:?\s*[\d,.]+[kKmM]?(?:\s*[[(](?:more|all|see all|view all)[\])]|\s\(since [^()]{1,30}\))?$/iu;
// ("Views 2,764 Downloads 611": two counters side by side, each its word then its number.)
// ("Harborview Forum on Asia · 1:12:40 · 2,318 views": a video's channel, its length and how often it was watched.)
const VIDEO_FACTS = /^[^·•]{2,60} [·•] \d{1,2}:\d{2}(?::\d{2})? [·•] [\d.,]+[kKmM]? views$/u;
// ("Full text 356", "Abstract 1290" under "Viewed": a journal page's counts of reads of each form of the paper.)
// ("Viewed: Full text 386 | Abstract 1,025": the label over them set on the line.)
const READS_OF_FORM = /^(?:viewed:? )?(?:full text|abstract|pdf|html)(?: (?:views?|downloads?|reads?))?:? [\d,]{1,9}$/i;
// ("[ Download ]", "18:42": a player's button and the clip's length.)
const BUTTON_OR_LENGTH = /^(?:\[ ?[^[\]]{1,24}? ?\]|\d{1,2}:\d{2}(?::\d{2})?)$/;
// ("Replies 23 Views 2K" under a board's related thread.)
// ("Abstract views: 1190   Full text views: 402", "Number of views: 1,204  Reads 3,118  Visits: 14,552": each counter's
// words before its word.)
const COUNTERS_SIDE_BY_SIDE = /^(?:(?:\p{L}+ ){0,2}(?:views|downloads|reads|citations|shares|likes|comments|replies|visits|hits|clicks)\s*:?\s*[\d,.]+[kKmM]?\s*[|·•]?\s*){2,5}$/iu;
// ("created Sep '19 last reply Oct '19 4 replies 611 views 4 users 17 likes 2 links": a thread's summary under its first post.)
const THREAD_SUMMARY = /^created .{2,20} last reply .{2,20} [\d,.]+[kKmM]? repl(?:y|ies)\b(?: [\d,.]+[kKmM]? (?:views?|users?|likes?|links?)){0,5}$/i;

// "terraced_hills (4418823)": a member's handle with the board's number for the account.
const HANDLE_WITH_NUMBER = /^[\p{L}\d_.-]{2,32} \(\d{5,12}\)$/u;
// "## Comment Re:The arithmetic nobody does (Score 4, Informative) 1142": a moderated board's comment heading, its
// score and the comment's number, which are no figures of the text.
const SCORED_COMMENT_HEADING = /^(?:#{1,4} )?(?:Comment:? )?Re: ?[^\n]{0,200}?\(Score:? ?-?\d{1,2}(?:, [\p{L} -]{1,24})?\)(?: \d{1,12})?$/iu;

// ("Like Reactions: Sinopak_Friend, Hamartia_77 and 12 others": the kind of reaction before the label.)
const REACTIONS = /^(?:(?:Like|Love|Haha|Wow|Sad|Angry|Agree|Thanks|Informative|Winner) )?Reactions?: \S.{0,160}$/;
// ("4,812 posts", "210 reviews" under a travel board's member: what they have written there, a line each.)
const POSTER_RECORD = /^[\d,.]{1,9}[kK]? (?:posts|reviews|messages|contributions|helpful votes|forum posts|ratings|answers)$/i;
// ("Like (37)   Reply   Quote   Report" under a post: its buttons in a row, a count in brackets beside one, spaces between.)
const POST_BUTTONS = /^(?:(?:Like|Likes|Thanks|Reply|Quote|Multi-?Quote|Report|Share|Flag|Edit|Delete|Permalink|Bookmark|Upvote|Downvote)(?: \(\d{1,6}\))?(?: +|$)){2,8}$/i;
// ("▲ 38  ▼ 4  Reply" under a comment: its votes up and down, by arrows, and the button to answer it.)
const VOTE_ARROWS = /^(?:[▲▼△▽↑↓⬆⬇👍👎]\uFE0F?\s*[\d.,]{1,9}[kKmM]?\s*){1,2}(?:(?:Reply|Share|Report|Flag)\s*){0,3}$/u;

// ("[Likes: 52,118]" under a comment a page quotes: its count of likes, in brackets.)
const BRACKETED_COUNT = /^\[(?:likes?|upvotes?|votes?|reposts?|shares?|comments?|replies): [\d,.]{1,9}[kKmM]?\]$/i;
// ("4,512 ● 2 ● 19 ● 41" under an answer's writer: their reputation and counts of badges.)
const REPUTATION_AND_BADGES = /^[\d,.]{1,9}[kKmM]?(?: ?[●•·] ?[\d,]{1,7}){1,3}$/;

export function isThreadControl(line: string): boolean {
  // "2.4k upvotes · 890 comments": counters side by side.
  // ("·" alone: the dot between a comment's score and its age, set on a line of its own.)
  // ("Reactions: Lezhong, Bora_K and 7 others", "#8,241", "…": a board's reactions under a post, the post's number, a gap in its pages.)
  return COUNTER_AFTER.test(line) || BUTTON_COUNT.test(line) || VOTE_ARROWS.test(line) || REPUTATION_AND_BADGES.test(line) || BRACKETED_COUNT.test(line) || THREAD_SUMMARY.test(line) || COUNTERS_SIDE_BY_SIDE.test(line) || VIDEO_FACTS.test(line) || REACTIONS.test(line) || POSTER_RECORD.test(line) || POST_BUTTONS.test(line) || SCORED_COMMENT_HEADING.test(line) || HANDLE_WITH_NUMBER.test(line) || READS_OF_FORM.test(line) || /^(?:[·•|…]+|#\d[\d,]{0,9})$/.test(line) || controlsInRow(line);
}

// ("Like (58) 12 comments Share": a row of controls and counters, the spaces between them run together; a player's
// buttons and the clip's length among them, "[ ▶ Listen ] 18:42 [ Download ] Views: 2,316"; a video's "👍 38K Share
// Download Clip Save".)
const CONTROL_IN_ROW = /\[ ?[^[\]\n]{1,24}? ?\]|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b(?:likes?|shares?|comments?|replies|reply|views?|reads?|downloads?|download|clip|report|save|follow)\b(?: ?\(\d[\d,]{0,8}\)|:? ?\d[\d,.]{0,9}[kKmM]?\b)?|(?:👍|❤️|♥|👍❤️)\uFE0F? ?\d[\d,.]{0,9}[kKmM]?|\b\d[\d,.]{0,9}[kKmM]? (?:likes?|shares?|comments?|replies|views?|reads?|downloads?)\b|[·•|]/gi;

function controlsInRow(line: string): boolean {
  if (line.split(/\s*[·•|]\s*/).every((part) => THREAD_CONTROL.test(part.replace(COUNT_IN_BRACKETS, "")) || READS_OF_FORM.test(part))) return true;
  const controls = line.match(CONTROL_IN_ROW) ?? [];
  return controls.length >= 2 && controls.some((control) => /\d/.test(control) && !BUTTON_OR_LENGTH.test(control)) && line.replace(CONTROL_IN_ROW, "").trim() === "";
}

// A count alone on its line ("88", "2.1k"): a post's score or a counter, never a stated figure.
export function isBareCount(line: string): boolean {
  return /^[\d][\d.,]{0,8}\s?[kKmM]?$/.test(line);
}

// "Manage episode 312345678 series 2345678", "Episode 3", "Season 3, Episode 42", "Play", "45:12", "14:10 mins": a media player's chrome.
// ("0:00:10.160 --> 0:00:13.720": a caption file's cue timing.)
// ("Mute", "Current Time 0:00", "Loaded: 0%", "Stream Type LIVE", "1x", "captions settings, opens captions settings dialog": a
// web video player's controls read out as text.)
// ("Watch 44min 10sec": a programme page's button with the length of the video; "0:00 / 18:42", where a video stands and its length.)
const PLAYER = /^(?:manage (?:episode|series)\b.*|\d{1,3} ?(?:minutes?|mins?|hours?|hrs?)|(?:(?:season|series) \d{1,3},? )?(?:episode|ep\.?|season|series|part) \d{1,4}|play(?: (?:episode|video|audio|now))?|pause|download(?: (?:episode|mp3|audio))?|subscribe|listen (?:now|on \w+(?: \w+)?)|play video|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3}|(?: (?:mins?|minutes|min read)))?|\d{1,3}[ -](?:min|mins|minute) (?:read|listen)|play live radio|next up:?|available on air stations|listen live|listen|on air now|watch (?:the )?full (?:show|episode|video)|(?:watch|listen)(?: now)? \d{1,3} ?(?:h|hr|hrs|hours?) ?(?:\d{1,2} ?(?:m|min|mins|minutes?))?|(?:watch|listen)(?: now)? \d{1,3} ?(?:m|min|mins|minutes?)(?: ?\d{1,2} ?(?:s|sec|secs|seconds?))?|media options|(?:\d{1,2}:\d{2}(?::\d{2})? ?){2,3}|\d{1,2}:\d{2}(?::\d{2})? ?\/ ?\d{1,2}:\d{2}(?::\d{2})?|direct link|webvtt|video player is loading\.?|this is a modal window\.?|mute|unmute|(?:non-)?fullscreen|chapters|picture-in-picture|playback rate|audio track|(?:current time|duration|remaining time) -?\d{1,2}:\d{2}(?::\d{2})?|(?:loaded|progress): \d{1,3}(?:\.\d{1,2})?%|stream type \w+|\d(?:\.\d{1,2})?x|(?:descriptions|captions|subtitles) (?:off|settings)\b.{0,60}|(?:beginning|end) of dialog window\b.{0,80}|(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3} --> (?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?: [\w:%.-]+){0,6})$/i;

export function isPlayerChrome(line: string): boolean {
  // "⏱️ 18 minutes", "🗓️ 3 March 2020": a player's icons before its labels.
  return PLAYER.test(line.replace(/^[^\p{L}\p{N}]+/u, ""));
}

// "episode-header-image", "site_logo": the name a page's template gives a picture, left where the picture was.
const PICTURE_NAME = /^[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+)*[-_](?:image|img|logo|icon|banner|thumbnail|avatar|cover|photo)$/u;

/** Whether a line is the name a page's template gives a picture ("episode-header-image"). */
export function isPictureName(line: string): boolean {
  return PICTURE_NAME.test(line);
}

// "poverty-relief-village-800.jpg": a picture's file name left where the picture was.
export function isImageFileName(line: string): boolean {
  // ("0 (1).jpg": a second download of the same file; "XINJIANG XH.jpg": a name with a space or two in it.)
  return /^\S{1,200}(?: [^\s.]{1,40}){0,4}(?: \(\d{1,3}\))?\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?:\?\S*)?$/i.test(line);
}

// Injected spam: gambling, pills, VPN deals, "N% off" offers; lines short enough to be link text.
const SPAM = /\b(?:casino|free spins|slot machines?|sports ?betting|betting tips|no prescription|viagra|cialis|escort|porn|xxx|best vpn|vpn deals?|replica watches|essay writing service|buy (?:followers|likes|cheap)|weight loss pills|payday loans?)\b|\b\d{1,2}% off\b|\bbreaking news, live updates\b|\bbreaking & trending\b/i;

// "Stay updated with breaking news from X. Get real-time updates on ...": a news aggregator's blurb.
const AGGREGATOR_BLURB = /^stay updated with (?:the latest )?breaking news\b/i;

export function isSpam(line: string): boolean {
  return (SPAM.test(line) && wordCount(line) <= 20) || (AGGREGATOR_BLURB.test(line) && wordCount(line) <= 60);
}

// "(Xinhua/Zhao Ge)", "[Photo/Xinhua]", "WANG ZHUANGFEI/CHINA DAILY", "Photo: Li Fang": the credit a photo caption ends with.
// ("... last year. Yuan Chen / For China Daily": a contributor's credit.)
// ("... in Yunnan Province on Jan. 12, 2018. AFP/Getty Images": a picture agency after the stop.)
// ("... in the workshop. /CGTN": the broadcaster's mark alone after the caption's stop; "... prefecture. | PACIFIC WIRE" after a bar.)
const PHOTO_CREDIT = /(?:[.!?] \/\p{Lu}[\p{L}]{1,20}$|[.!?] \p{Lu}{2,}(?: \p{Lu}{2,}){0,2}\/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$|[.!?] (?:[\p{Lu}][\p{L}.]{1,20} ?\/ ?|[\p{Lu}][\p{L} .]{1,40} via )(?:Getty Images|Shutterstock|AP Photo|Reuters|AFP|EPA|iStock|Alamy)|\[Photo[^\]]{0,40}\]|\b[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,2} \/ For [\p{Lu}][\p{L} .'’-]{2,40}|\b(?:Photo|PHOTO|Picture|PICTURE|Image|IMAGE)(?: credit| CREDIT)?: [^.:]{2,60}$|\((?:Photo:? ?)?[\p{L} .'-]{2,40}\/[\p{L} .'-]{2,40}\)|\b[\p{Lu} .'-]{3,40}\/[\p{Lu} .'-]{3,40}|\(Photo: [^)]{2,60}\)|[.!?] (?:\| )?\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}|\/\p{Lu}\p{L}{1,20} Photo|\bPhotos? by \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}(?: (?:of|for|\/) [\p{L} .'’-]{2,40})?|\([^()]{2,60}, [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?: via\b[^()]{0,60})?\)?)\W*$/u;
// ("... in 2016 (Valley's Chamdo, June 30, 2016 via Site)": where and when the picture was taken, and where it was found.)
// ("Illustration by Derek Zheng", "Photo by Li Fang": the picture's credit on a line of its own.)
// ("Kris Lee/Valley Staff Photographer": the photographer, then their paper and post.)
// ("(Helen Marsh / Pacific Courier)" under a photo's caption: the photographer and the paper, in brackets.)
const PHOTO_LABEL = /^(?:\(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} \/ \p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}\)$|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} ?\/ ?(?:[\p{L}&.'’-]+ ){0,4}(?:Staff |Contributing |Senior )?Photographer$|(?:Photo|Pictured|File photo)\s*:|(?:Illustration|Photo|Photograph|Image|Graphic|Cartoon|Artwork)s? by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: ?\/ ?[\p{L} .'’-]{2,40})?$)/u;
// ("Photo taken on January 11, 2021 shows ...", "Aerial photo taken on May 5 shows ...", "This undated photo shows ...":
// how a wire service opens a caption.)
const CAPTION_OPENING = /^(?:(?:An?|This|The) )?(?:(?:aerial|undated|file|drone|combo|handout) )*(?:photo|picture|image)s? (?:taken (?:on|in|at)\b|shows\b)/iu;
// A credit stands at a caption's end: only that much of a line is read for it, so a long line costs no more.
const CREDIT_REACH = 200;

// ("Farmers dry wolfberries in Guazhou county. CHINA DAILY", "... in southwest China. /CGTN Photo": a caption's credit after its sentence.)
// ("... in a still from a state media video, April 2021. Screenshot from CCTV": a video's frame, credited to its channel.)
const SCREENSHOT_CREDIT = /[.!?] (?:Screenshot|Screengrab|Screen grab|Video still|Still) (?:from|via|of) \p{Lu}[\p{L}\d .&'’-]{1,40}$/u;

export function isPhotoCaption(line: string): boolean {
  const end = line.length > CREDIT_REACH ? line.slice(-CREDIT_REACH) : line;
  return PHOTO_LABEL.test(line) || CAPTION_OPENING.test(line) || PHOTO_CREDIT.test(end) || SCREENSHOT_CREDIT.test(end) || FILE_PHOTO.test(line) || AGENCY_CREDIT_AFTER_DASH.test(end) || FILE_CAPTION.test(line);
}

/** Photo agencies a caption's credit names. */
export const PHOTO_AGENCIES = "Getty Images|Shutterstock|Reuters|AFP|EPA|AP|Xinhua|Alamy";
// ("A resettlement estate on the edge of Bijie - STR/AFP via Getty Images", "... region. (PWS Photo/Ting Zhao, File)": a
// caption's credit after a dash or in an agency's brackets; "FILE - Workers operate a cotton harvester ...": a wire's
// caption for a picture from its files.)
const AGENCY_CREDIT_AFTER_DASH = new RegExp(String.raw` [-–—] (?:\p{Lu}{2,}\/)?(?:\p{Lu}[\p{L} .]{1,40} via )?(?:${PHOTO_AGENCIES})$|\(\p{Lu}{2,6} Photo\/[^()]{2,60}\)$`, "u");
const FILE_CAPTION = /^FILE(?: PHOTO)? [-–—] \p{Lu}/u;

// ("Herders drive yaks across winter pasture in Nagqu, in a file photo from Jan. 9, 2019."): a caption dating its picture.
const FILE_PHOTO = /\bin (?:a|this) file (?:photo|picture|image)\b.{0,60}$/i;

// "Central Asia Ledger · Dec 3, 2020 · Machines or migrants? · In the north ...": one result of a search page.
const LABELLED_VALUE = /^(?:Source|From|Editor|Author|Published|Updated)\s*:/i;
const SEARCH_RESULT = /^([^·]{2,60}) · ([^·]{4,30}) · ([^·]{8,200}?)(?: · (.*))?$/u;

export interface SearchResult {
  source: string;
  date: string;
  title: string;
}

/** The source, date and title of a search result line, or null; the date is checked by the caller. */
export function searchResult(line: string): SearchResult | null {
  const m = SEARCH_RESULT.exec(line);
  // ("By Yan Wei · 2019-08-05 · Source: NO.32 ...": a byline set with dots, no result's source and title.)
  // ("Published 14 August 2023 · Updated 15 August 2023 · 11 min read": a story's own days, each named by its label;
  // "Volume 14, Issue 1 · January 2021 · pp. 45-67": a journal's issue.)
  if (m === null || /^By\b/.test(m[1]!) || LABELLED_VALUE.test(m[3]!) || /^(?:Published|Updated|Posted|First published|Last updated)\b|^Vol(?:ume|\.) ?\d/i.test(m[1]!)) return null;
  return { source: m[1]!.trim(), date: m[2]!.trim(), title: m[3]!.trim() };
}

/** "Title Empty Re: Title": a board's post title bar, its title on both sides of the icon's alternative text ("Empty"). */
export function isIconTitleBar(line: string): boolean {
  if (!line.includes(" Empty ")) return false;
  const parts = line.split(" Empty ");
  return parts.length === 2 && parts[0]!.length >= 8 && parts[0] === parts[1]!.replace(/^Re: ?/, "");
}

// A site's section ("Economy", "World", "Press Room"), which may head a page the way its masthead does, and is never its publisher.
export const SECTION_NAME = /^(?:press room|newsroom|press releases?|news releases?|statements|speeches|remarks|transcripts|announcements|news (?:center|centre)|media (?:center|centre)|features?|opinions?|politics|society|world|business|sports?|culture|videos?|photos?|blogs?|columns?|local news|china news|latest news|top news|home|news|economy|nation|national|international|regions?|regional|local|science|technology|tech|health|education|environment|lifestyle|travel|entertainment|insight|insights|exclusive|trending|latest|edition|asia|china|agriculture|poverty|development|policy|energy|markets?|finance|economics|diplomacy|military|defen[cs]e|life|living|people|rural|urban|cities|innovation|perspectives?|voices|focus|spotlight|special|comment|analysis|explainer|research|data|multimedia|in depth|in-depth|open governance|government affairs|government information|information disclosure|policy interpretations?|notices?|cover stor(?:y|ies)|top stor(?:y|ies)|art and design|arts and culture|life and style|(?:us|uk|world|global|asia|asia-pacific|china|hong kong|europe|africa|americas) news|global development|tv and radio|books|music|film|fashion|food|obituaries|weather|featured|popular|most read|most popular|recommended|editor's picks|highlights)$/i;
