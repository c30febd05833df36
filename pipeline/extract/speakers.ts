// Words naming a speaker in, the fullest name the document gives out: a person mentioned inside
// them, else a description of a person kept as written ("an official from ..."), else an
// organisation mentioned inside them. Words that point back ("he", "she", "the official", "the
// office", "it") stand for the nearest fitting person or body named before them, outside any
// quotation, so the answer depends on where the words stand, never on the order of the calls.
import { quotationSpans } from "./quotation-marks.ts";
import type { Entities } from "./entities.ts";
import { personKind, type PersonKind } from "./person-kind.ts";
import { firstFrom, overlaps, type TextSpan } from "../text/spans.ts";
import type { EarlierSpeakers } from "./earlier-speakers.ts";
import { shortNameMentions } from "./short-names.ts";
import { BODY_NOUN, documentMakers, type Named } from "./document-makers.ts";
import { DAY_AND_MONTH_NAMES, DAY_NAMES, MONTH_PATTERN } from "../normalize/dates.ts";
import { ADVERB_ENDING, HONORIFIC_WORD, KIN_WORD, personNameForm } from "../text/name-forms.ts";
import { genderByName, pronounGender, type Gender } from "./person-gender.ts";
import { VOICE_TAG } from "../normalize/run-together-turns.ts";
import { isNumberWord } from "./number-words.ts";
import { PLACE_LEVEL_OF } from "./claim-place.ts";

// ("In his view, ...": a possessive stands for its person too.)
const PERSON_PRONOUN = /^(?:he|she|him|her|his)$/i;
const BODY_PRONOUN = /^(?:it|its|they|their)$/i;
const SAME_ARTICLE = /^the same (?:article|story|piece|interview)$/i;
// A sentence opening on the writers' own work: "This report uses ...", "The present study follows ...".
const OWN_WORK_REACH = 400;
// ("This article examines ... . Drawing on 63 notices ..., it shows": an opening phrase may stand before "it".)
const OWN_WORK_OPENING = /(?:^|[.!?]\s+)(?:This|The present|Our) (?:report|paper|study|article|research|brief)\b[^.!?]*[.!?]\s+(?:[^.!?]*,\s+)?$/;
// ("Highland Futures published a survey in 2022, it covered 410 households, and it found ...": "it" is the document a
// body just put out, which speaks for its maker; read in the few hundred characters before the pronoun.)
const MAKER_OF_DOCUMENT_BEFORE = /(?:^|[.!?:;]\s+|,\s+|\band\s+)((?:the )?\p{Lu}[\p{L}\p{N}'’&-]*(?: (?:of |for |and )?\p{Lu}[\p{L}\p{N}'’&-]*){0,5})(?:, [^,.;!?]{1,60},)? (?:published|released|issued|conducted|carried out|put out|ran|commissioned) (?:a|an|its|their) (?:[\p{L}\p{N}-]+ ){0,3}(?:survey|report|study|paper|census|analysis|assessment|poll|review)\b[^.!?]{0,200}(?:[.!?]\s+[^.!?]{0,200})?$/u;
// "the official", "the spokesperson", "the economist": a person named before, by the kind of role.
// ("the UN expert", "the county official": a word or two may stand between; "the executive" after a
// general manager named.)
const SURNAME_POST = /^(Secretary|Director|Governor|Mayor|Minister|Chairman|Chairwoman|Professor|President|Premier|Ambassador|Chief|Spokesperson|Spokesman|Spokeswoman) (?=\p{Lu}[\p{L}'’-]+$)/u;
const DIPLOMAT = /\b(?:envoy|ambassador|consul|consul-general|diplomat|counsellor|counselor)\b/i;
const PERSON_BACK = /^the (?:[\p{L}\p{N}-]+ ){0,3}?(director-general|secretary-general|official|officials|spokesperson|spokesman|spokeswoman|director|head|chief|secretary|governor|mayor|minister|president|premier|chairman|chairwoman|economist|researcher|scholar|professor|expert|analyst|farmer|villager|herder|resident|worker|teacher|reporter|journalist|woman|man|mother|father|leader|activist|lawyer|executive|manager|entrepreneur|businessman|businesswoman|founder|owner|doctor|student|envoy|ambassador|consul|consul-general|diplomat|counsellor|counselor|commissioner)$/iu;
// "the 52-year-old", "the 36-year-old mother": the person named before, by their age.
// ("the 36-year-old lawyer based in Yinchuan, the region's capital": where they live or work may follow.)
// ("added the villager from Daqiao village, Guanling county": someone named before, by where they live.)
// A title in capitals opening a paragraph before the name it goes with: "Herdsman ", "Villager ", "Party secretary ".
const TITLE_OPENING = /^(?:Herdsman|Herder|Villager|Farmer|Resident|Worker|Teacher|Doctor|Student|Party secretary|Village head|Official) $/;
const ONE_FROM_PLACE_BACK = /^the (?:[\p{L}\p{N}-]+ ){0,2}?(?:villager|resident|farmer|herder|herdsman|worker|woman|man|mother|father|grandmother|grandfather|student) (?:from|in|of) (?:the )?\p{Lu}[^"“”]{0,120}$/u;
const AGE_BACK = /^the \d{1,3}[- ]year[- ]old(?: [\p{Ll}-]+){0,2}(?: (?:based|living|working|from|in|at|of) [^"“”]{1,80})?$/u;
// ("ROME - The Director-General of ... said": a dateline opening the story's first sentence is no part of who speaks.)
const DATELINE_BEFORE = /^\p{Lu}{3,}(?: \p{Lu}{3,}){0,2} [-–—] (?=\p{Lu})/u;
// ("the expert on international affairs", "the professor of economics": the field after the post.)
const FIELD_AFTER_POST = / (?:on|of|in) (?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+$/u;
// ("The new report which was released on Sunday showed": when the document came out, with no comma, is no part of who speaks.)
const RELEASED_WHEN = / (?:which|that) (?:was|were|is|has been) (?:released|published|issued|unveiled|launched|made public)\b.*$/;
// ("A Tibet Daily report from January 2024 said": when a document came out, after it, is no part of who made it.)
const DATED_AFTER_DOCUMENT = new RegExp(String.raw` (?:from|of|dated) (?:(?:early|late|mid-?) ?)?(?:(?:${MONTH_PATTERN}) )?(?:\d{1,2},? )?\d{4}$`);
// ("17 factories ... that it says received workers": a relative clause's own subject is who speaks.)
export const RELATIVE_CLAUSE_SUBJECT = /\s(?:that|which|whom|who)\s(it|they|he|she)$/;
// ("a former herder given the pseudonym Pema", 'identified in the report only as "A."', "Lobsang (also a pseudonym)": the
// name a report gives someone it will not name is who speaks.)
const PSEUDONYM = /\b(?:given|under|using|with) the (?:pseudonym|alias|assumed name) ["“]?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)["”]?$|\bidentified (?:[\p{Ll} ]{1,40} )?(?:only )?as ["“](\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)["”]$|^(?:\p{Lu}\p{Ll}+, )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) \((?:also |again )?(?:a pseudonym|not (?:his|her|their) real name|name changed)\)(?:, (?:aged )?\d{1,3})?$/u;
// ("Tianmu Dairy Group Co., Ltd. (...), a dairy producer headquartered in Urumqi, today announced": what a body is, set
// after its name, is no part of who speaks.)
const BODY_DESCRIBED_AFTER = /,\s*(?:a|an) (?:[\p{L}-]+ ){0,4}(?:producer|company|maker|firm|group|manufacturer|supplier|retailer|platform|charity|nonprofit|non-profit|NGO|think tank|developer|operator|cooperative)\b[^,]*,?$/u;
// ("My wife's cousin got a house ...", "Our driver, a Kazakh, said ...": a sentence opening on someone described, not named.)
const DESCRIBED_SUBJECT = /(?:^|[.!?]["”’]? )((?:My|Our|His|Her|Their) (?:[\p{Ll}]+['’]s )?(?:[\p{Ll}-]+ )?(?:guide|driver|host|interpreter|translator|fixer|landlord|neighbour|neighbor|friend|colleague|aunt|uncle|cousin|mother|father|grandmother|grandfather|wife|husband|son|daughter|brother|sister|niece|nephew))\b[^.!?]{0,200}[.!?]["”’]? $/u;
const OPENED_BEFORE_REACH = 300;
const DESCRIBED_SPEAKER = /^(?:our|my|his|her|their|the|a|an|one) (?:[\p{Ll}-]+ ){0,2}(?:guide|driver|host|interpreter|translator|fixer|landlord|neighbour|neighbor|friend|colleague|villager|herder|farmer|official|cadre|teacher|worker|resident|aunt|uncle|cousin|mother|father|grandmother|grandfather|wife|husband|son|daughter|brother|sister)$/u;
// ("Almost all of them said", "Most of those we met told us": a share of a group nobody names speaks for no one named.)
const SHARE_OF_GROUP = /^(?:(?:almost|nearly|about|roughly|more than|fewer than|less than|over|only|just) )?(?:all|most|many|some|few|several|none|half|each|one|two|three|four|five|six|seven|eight|nine|ten|a few|a third|a quarter|a majority|the majority|a minority|\d{1,4}) of (?:them|us|those|these|the others)(?: [\p{Ll} ]{1,40})?$/iu;
// ("The report, backed by fresh evidence, alleges": what a document rests on, set off by commas, is no part of it.)
const CONTENT_PARTICIPLE = /,\s*(?:backed|based|supported|drawing|citing|using|relying)\b.*$/;
// ("The People's Daily article, jointly published by two Tibetology experts, said": how and by whom a named body's
// piece came out is no part of it; after "The report" alone, who released it says whose it is.)
const PUBLISHED_PARTICIPLE = /,\s*(?:jointly |first |also )?(?:published|released|issued|written|authored|co-authored|compiled)\b.*$/;
// ("the new report said": a word for how recent it is may stand before the noun.)
const THE_RECENT = /^the (?:new |latest |recent |same |full |annual |updated |final |interim |preliminary )?/i;
// "the office", "the bureau", "the report": a body named before whose name ends so.
const BODY_BACK = new RegExp(THE_RECENT.source + String.raw`(office|bureau|department|ministry|government|administration|commission|committee|agency|company|group|team|institute|foundation|trust|charity|centre|center|university|headquarters|report|white paper|paper|survey|study|statement|(?:news |press )?release|bulletin|notice|document|plan|article|think tank|organisation|organization|publication|newspaper|broadcaster|outlet|website|news agency)$`, "i");
// ("the daily said", "the Chinese daily observed", "the editorial said": the paper named before, or its leader column.)
// ("the Urumqi-based paper reported": a paper described by where it is based.)
const PAPER_BACK = /^the (?:(?:Chinese|state-run|state|official|party|nationalist|English-language|tabloid|hawkish|\p{Lu}[\p{L}-]*-based) )?(?:daily|editorial|op-ed|tabloid|paper|newspaper)$/iu;
// "said in a statement", "wrote in its report": a speaker speaking through a document of the kind named,
// one pattern for each kind BODY_BACK names, made the first time it is asked for.
const SPOKE_THROUGH = new Map<string, RegExp>();
// How far after a speaker's name "in a statement", "in his work report" may stand (past an apposition of their post).
const SPOKE_THROUGH_REACH = 200;
function spokeThroughPattern(noun: string): RegExp {
  let pattern = SPOKE_THROUGH.get(noun);
  if (pattern === undefined) {
    // ("said Shohrat Zakir, chairman ..., in his government work report" then "The report said ...": his report.)
    // ("said in a 70-page news release": a size in figures may stand before the kind.)
    // ("Radio Free Asia (RFA) reported, citing ..." then "According to the report, ...": a report is what who "reported" made.)
    const reported = noun === "report" ? "|^ reported\\b" : "";
    pattern = new RegExp(`^(?: (?:\\p{Ll}+ ){1,2}|(?:, [^,.;]{1,120})?,? )in (?:a|an|its|their|his|her) (?:[\\p{L}\\p{N}-]+ ){0,3}${noun}\\b${reported}`, "iu");
    SPOKE_THROUGH.set(noun, pattern);
  }
  return pattern;
}
// "according to the publication", "the newspaper said": the outlet named before, whatever its name.
const MEDIA_BACK = /^(?:publication|newspaper|broadcaster|outlet|website|news agency|paper|agency)$/;
// The words for figures as a source speaks of them: "data from", "figures released by", "according to statistics".
export const DATA_NOUNS = "data|figures|statistics|estimates|numbers|projections";
// ("a press conference held Tuesday by Gansu's information office", "a report released on Tuesday by X")
// ("Data from the National Bureau of Statistics", "Figures released by the county": data, with or without an article.)
// ("a July 2014 report by China's official Xinhua news agency": a date may stand before the document.)
// ("Satellite images analysed by PPB", "records obtained by the outlet": what was looked at, then who looked.)
// ("figures published by the prefectural government in August": the month alone too.)
/** A time phrase after who did something: "on Tuesday", "last week", "in 2019", "on March 3". */
export const TIME_AFTER_NAME = new RegExp(String.raw`\s(?:on|last|this|early|late|in|at)\s(?:\p{Lu}\p{Ll}+day|week|month|year|\d{4}|(?:\p{Lu}\p{Ll}+ \d{1,2})|(?:${MONTH_PATTERN})(?: \d{4})?)$`, "u");

export const MADE_BY = new RegExp(String.raw`^(?:(?:a|an|the) (?:[\p{L}\p{N}-]+ ){0,2}(?:report|study|survey|research|investigation|paper|analysis|document|statement|brief|assessment|review|evaluation|audit|press conference|news conference|conference|briefing|instruction|instructions|letter|message|directive|circular|notice)|(?:(?:the|new|latest|official|recent|preliminary|provisional) )?(?:${DATA_NOUNS}|(?:satellite )?(?:images|imagery)|records)) (?:(?:held|released|published|issued|given|made|compiled|provided|collected|analy[sz]ed|gathered|obtained|reviewed)(?: [\p{L}]+){0,3} )?(?:by|from|of) (.+)$`, "iu");
// ("A household survey led by Professor Luo Jianping of Guizhou University": a study led, conducted or run by someone,
// read for its maker only where no other form names one.)
export const LED_STUDY = new RegExp(String.raw`^(?:a|an|the) (?:[\p{L}\p{N}-]+ ){0,2}(?:study|survey|research|investigation|analysis|assessment|review|evaluation|audit) (?:led|conducted|carried out|run) by (.+)$`, "iu");
// ("Han Zhiyuan of Lanzhou University": a person named before the body they are of.)
const PERSON_OF_BODY = /^(?:(?:Dr|Prof|Professor)\.? )?((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+) (?:of|at|from) (?:the )?\p{Lu}/u;
// ("A notice it posted at the community gate claims": a document a pronoun's body put out speaks for that body.)
// ("Her report said", "Their survey found": whose the document is, named by the pronoun; not "its own figures", whose owner
// is the sentence's subject: OWN_FIGURES below.)
const PRONOUN_OWNED_DOCUMENT = /^(his|her|their|its) (?:new |latest |recent |annual )?(?:report|study|survey|paper|book|analysis|research|data|figures|estimates?|calculations?|fieldwork|findings|review)$/i;
// ("Laura Steinberg, a senior fellow at the Institute for Supply Chain Studies, said ... Her institute estimates": the
// body of that kind named last, whose the person is.)
const PRONOUN_OWNED_BODY = /^(?:his|her|their) (institute|organi[sz]ation|group|foundation|centre|center|university|company|firm|charity|agency|ministry|department|bureau|office|academy|council|association|think tank|network|coalition|project)$/i;
// ("In a 2019 interview with Kazakh-language television he said": when and to whom, before the pronoun.)
const SCENE_THEN_PRONOUN = /^(?:In|At|On|During|After|Before|Speaking (?:at|to|with)|Asked about) [^,]{3,80} (he|she|they)$/;
// ("according to a notice on its website": a document a body put on its own site or account is the body's.)
const ON_OWN_SITE = /^(?:a|an|the) (?:[\p{L}-]+ ){0,2}?(?:notice|statement|post|announcement|release|report|document) (?:posted |published |put up )?on (its|their) (?:own |official )?(?:website|site|web page|account|page|WeChat account|Weibo account|portal)$/iu;
const DOCUMENT_BY_PRONOUN = /^(?:a|an|the) (?:[\p{L}-]+ ){0,2}?(?:notice|report|statement|document|circular|letter|release|post|survey|study) (it|they) (?:posted|issued|published|released|put out|put up|sent|circulated|made public|compiled)\b/iu;
// The words for a relative's age or standing before the kin word: "late", "elder", "youngest".
const KIN_STANDING = "late|elder|younger|eldest|youngest|older|little";
/** A body's words in one spelling, so "her organization" finds the "... Organisation" named before. */
function oneSpelling(words: string): string {
  return words.toLowerCase().replace("organization", "organisation").replace("center", "centre");
}

// ("Li's team", "a survey by Li's team of 212 households": a named person's team, which speaks for them.)
const TEAM_OF_NAMED = /^(?:(?:[Aa]|[Tt]he) (?:survey|study|report) by )?((?:(?:Dr|Prof|Mr|Ms)\.? )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})['’]s (?:research )?(?:team|group|lab|laboratory)(?: of [^,]{1,60})?$/u;
const RELATIVE_OF_NAMED = new RegExp(String.raw`^(?:(?:Mr|Mrs|Ms|Dr)\.? )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}['’]s (?:(?:${KIN_STANDING}|own) )?(?:${KIN_WORD}|grandson|granddaughter|friend|(?:mother|father|brother|sister|son|daughter)-in-law|parents|classmate)$`, "u");
const KIN_THEN_NAME = new RegExp(String.raw`^(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur) (?:(?:${KIN_STANDING}) )?(?:${KIN_WORD}|friend) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})$`, "u");
const BODY_VOICE_BACK = /^(?:its|their) (?:spokesperson|spokesman|spokeswoman|representative|press office)$/i;
// ("A former village committee member, aged 61,": the age set off after who spoke is no part of the description.)
const AGED_AFTER = /,\s*aged \d{1,3},?$/;
const SCOPE_COUNT = /^(?:(?:some|about|around|nearly|more than|over) )?\d/;
const OWNER_BEFORE_NOUN = /^(?:a|an|the) (\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,3}) /u;
const SCOPE_AFTER_MAKER = / (?:of|among|covering|across) (?:(?:some|about|around|nearly|more than|over) )?\d[\d,.]*(?= ).*$/u;
// ("the survey on income and expenditure of rural residents in Tibet made by the Tibet investigation team of ...":
// what the document was on, then who made it.)
// ("a survey of 2,400 households by Helan University": whom it covered, then who made it; a figure's comma is no clause's.)
const MADE_BY_AFTER_TOPIC = /^(?:a|an|the) (?:[\p{L}\p{N}-]+ ){0,2}(?:report|study|survey|research|investigation|analysis|census|poll|assessment|evaluation) (?:on|about|into|of|among|covering) (?:[^,;]|(?<=\d),(?=\d{3})){1,160}? (?:(?:made|conducted|carried out|released|published|compiled|issued|done) )?by (.+)$/iu;
// "A report in the state-run People's Daily": the paper a report ran in, named in capitals. (No "i" flag:
// with it, \p{Lu} would take a word in lower case too.)
const RAN_IN = /^(?:[Aa]n?|[Tt]he) (?:[\p{Ll}-]+ ){0,2}(?:report|article|story|editorial|commentary|piece) in (?:the )?(?:[\p{Ll}-]+ )?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,4})$/u;
// ("a recent UN report", "an annual ILO survey": the maker named before its document, after an article.)
// ("Official figures", "A report": an adjective or an article in capitals at a sentence's start names no maker.)
// ("Provincial figures show ...": nor the level of government whose figures they are, with no name.)
const OWNED_DATA = /^(?:(?:[Tt]he|[Aa]n?) (?:(?:new|recent|latest|annual) )?)?(?!(?:A|An|The|Official|Provincial|Regional|Prefectural|Municipal|National|Local|Government|Township|New|Recent|Latest|Annual|Preliminary|Provisional|Credible|Reliable|Conservative|Independent|Unofficial|Rough|Separate|Other|Unsourced|Unverified|Unconfirmed|Anonymous|Unnamed|Some|Most|Many|Several|Earlier|Previous|Initial|Final|Current|Leaked|Internal)\b)([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,4}?)(?:['’]s)? (?:new |latest |own |annual )?(?:estimates|data|figures|statistics|forecasts|projections|report|study|survey|release|statement|notice)\b/u;
// ("a Kenyan scholar", "a leading grower", "chairman of the regional government": a person by what they do.)
const PERSON_NOUN = /\b(?:officials?|residents?|villagers?|experts?|spokesperson|spokesman|spokeswoman|sources?|head|director|chief|leaders?|people|farmers?|workers?|reporters?|scholars?|academics?|professors?|researchers?|analysts?|economists?|growers?|owners?|managers?|entrepreneurs?|chairman|chairwoman|governor|mayor|minister)\b/i;
// "chairman of the regional government", "the spokesperson for the regional government": a person
// described by their post, the words opening on it.
const DESCRIBED_PERSON = /^(?:the )?(?:[\p{L}-]+ ){0,3}?(?:official|spokesperson|spokesman|spokeswoman|director|head|chief|secretary|governor|mayor|minister|chairman|chairwoman|scholar|professor|researcher|economist|expert|analyst)(?: (?:of|for|at) .*)?$/iu;
// "an official from Xinjiang's publicity department, who requested anonymity, told": a person the text
// never names, brought in as a speaker; "he said" and "the official said" later may point back at them.
const APPOSITION_OF_NAME = new RegExp(String.raw`(?<![\p{L}'’-])(?!(?:${DAY_AND_MONTH_NAMES}),)[\p{Lu}][\p{L}'’-]+, $`, "u");
// "A senior official of the National Development and Reform Commission", "a spokeswoman for the ministry": a post, no name.
const UNNAMED_POSTS = ["official", "spokesperson", "spokesman", "spokeswoman"];
const UNNAMED_POST = new RegExp(String.raw`^an? (?:[\p{Ll}-]+ ){0,3}(${UNNAMED_POSTS.join("|")})\b`, "u");
// "the official, Zhang Xiaoyun,": the same post named again, with its holder's name set off; one pattern per post.
const NAMED_LATER: Readonly<Record<string, RegExp>> = Object.fromEntries(UNNAMED_POSTS.map((post) => [post, new RegExp(String.raw`\bthe ${post}, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}),`, "u")]));
// How far after an unnamed speaker the text may name them ("the official, Zhang Xiaoyun, told").
const NAMED_LATER_REACH = 800;
const UNNAMED_SPEAKER = /\b(?:[Aa]n?|[Oo]ne) ((?:[\p{Ll}-]+ ){0,3}?(official|officer|cadre|spokesperson|spokesman|spokeswoman|villager|resident|farmer|herder|worker|employee|labou?rer|teacher|student|doctor|driver|shopkeeper|protester|witness|activist|lawyer|expert|researcher|analyst|diplomat|source)(?: (?:from|of|at|with|in) [^,.;"“”]{1,60})?)(?:, who [^,.;"“”]{1,60},)? (?:said|says|told|added|explained|noted)\b/gu;
// "The report also insists", "He has repeatedly said": words between who speaks and the verb.
// ("Officials misleadingly claim": an adverb by its ending, as no name ends.)
export const BEFORE_THE_VERB = new RegExp(String.raw`(?:\s+(?:\p{Ll}{3,}(?:${ADVERB_ENDING})|also|first|further|again|repeatedly|previously|recently|once|now|then|later|earlier|even|still|only|often|always|never|simply|just|regularly|frequently|routinely|usually|openly|publicly|officially|formally|especially|particularly|specifically|proudly|happily|excitedly|frankly|candidly|reportedly|allegedly|apparently|has|have|had))+$`, "iu");
// "however", "for his part": a sentence adverb set off by commas after a name, which neither names nor introduces anyone.
export const SENTENCE_ADVERB = "however|meanwhile|too|though|also|instead|nonetheless|nevertheless|moreover|in turn|in fact|for (?:his|her|their|its) part|on the other hand|in contrast|by contrast";
const AFTER_ADVERB = new RegExp(`^,\\s*(?:${SENTENCE_ADVERB})\\b`, "i");
// "At the close of the congress on 28 May Li said": a scene set before the name with no comma after
// it is no part of who spoke; the name is the capitalised words that end the clause (never a month's).
const SCENE_BEFORE_NAME = new RegExp(String.raw`^(?:At|On|In|During|After|Before|Following|Speaking at|Addressing) [^,]*? ((?!(?:${DAY_AND_MONTH_NAMES})\b)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})$`, "u");
// "Mr. Liu, just now you talked about ...": a paragraph that opens by addressing someone.
export const VOCATIVE = /^(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Minister|Director)\.? )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}),/u;
// ('the white paper titled "Employment and Labor Rights in Xinjiang."': the document, without its title.)
export const TITLED_DOCUMENT = /\s+(?:titled|entitled)\s+["“‘].*$/u;
// ("said a white paper issued on Friday", its day cut off: the participle of its coming out is no part of the document's name.)
const ISSUED_AFTER_DOCUMENT = /^((?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:report|white paper|paper|study|survey|document|statement)) (?:issued|released|published|unveiled)$/iu;
const TITLED_ISSUED_BY = /\s(?:titled|entitled)\s+["“‘][^"“”‘’]{1,200}["”’],?\s+(?:issued|published|released|compiled) by ((?:the )?\S.{0,100})$/u;
const TITLE_ALONE = /^(?:the )?(President|Premier|Chairman|Chairwoman|Governor|Mayor|Minister|Ambassador|Secretary-General)$/i;
// ("The consul-General said", "the deputy governor said": a post with "the", the person last named as holding it.)
const DEFINITE_POST = /^the ((?:\p{L}+[ -]){0,2}(?:consul|ambassador|envoy|governor|mayor|president|premier|minister|chairman|chairwoman|secretary|director|commissioner|spokesperson|spokesman|spokeswoman|head|chief)(?:[ -]general)?)$/iu;
// "the think tank", "the state-run TV station", "the rights group": a body named before, by its kind.
const BODY_BY_KIND = new RegExp(String.raw`^the (?:[\p{L}-]+ ){0,2}?(${BODY_NOUN})$`, "iu");
// The kinds of body an outlet is, for "the station" with no name said to be one (the others are an association's).
const OUTLET_NOUN = /^(?:broadcaster|station|channel|newspaper|tabloid|news agency)$/i;
// "he added", "she went on": the verbs of a speaker going on.
const GOES_ON = /^\s*(?:also |then |further )?(?:added|adds|continued|continues|went on|goes on)\b/;
// How far back a word that points back looks for what it points at.
const REACH = 3_000;
// A post's last two words ("political analyst", "country director"), which a later mention of the person repeats.
const POST_AT_END = /\b[\p{L}-]+ (?:official|spokesperson|spokesman|spokeswoman|director|head|chief|secretary|governor|mayor|minister|chairman|chairwoman|economist|researcher|scholar|professor|expert|analyst)$/u;
// The rest of a sentence, then the next one opening.
const NEXT_SENTENCE_OPENS = /^[^.!?\n"“”]{0,200}[.!?]["”’]?\s+$/;
// How far ahead an unnamed speaker looks for the person the next lines name.
const FORWARD = 400;
// How far before a body's name the noun that brought it in may stand ("a third-party team from ").
const BROUGHT_IN_REACH = 40;
const INDEFINITE = /^(?:an?|one) /i;
const POSSESSIVE_AFTER = /^['’]s/;

/** Whether `at` opens a sentence: the text's or a line's start, or after a full stop and a space. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || before.endsWith("\n") || /[.!?]["”’]? $/.test(before);
}
const POST_FIRST = /^(?:the )?(?:(?:Deputy|Vice|Executive|Chief|Senior|Acting|Former|Assistant) )*(?:Director|Minister|Chairman|Chairwoman|Secretary|Governor|Mayor|Spokesperson|Spokesman|Spokeswoman|Head|President|Premier|Ambassador|Commissioner|Consul)\b/iu;
const NAME_AFTER_POST = /^,\s*([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2})(?=,|\.|\s+(?:in|at|on|during)\b)/u;
const CAPITALISED_TITLE = /^the \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}$/u;
const TITLE_THEN_NAME = new RegExp(String.raw`^(?!['’]s\b)[^.;:"“”\n]{0,60}?, (?:${HONORIFIC_WORD}\.? )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})`, "u");
const TITLE_NAME_REACH = 120;
const ADDRESSED_TO = / (?:to|at) (?:a|an|the) .*$/;
const NAMED_BODY_PIECE = /^(?:[Tt]he |[Aa]n? )?(?!(?:The|A|An)\b)(\p{Lu}.{1,60}?) (?:article|editorial|commentary|report|story|statement)$/u;
// ("the bureau's annual rural poverty monitoring survey": up to four words for what the document is on, before its kind;
// not a government's "work report", a document of its own name, which annotators credit as the document.)
// ("Weibo's own counter", "the programme's own monitoring data": whose figures they are, the same.)
const OWNED_DOCUMENT = /^((?:the )?[^'’]{2,60}?)['’]s (?:new |latest |annual |recent |own )?(?:(?!work )[\p{Ll}-]+ ){0,4}?(?:report|study|survey|statement|findings|article|editorial|commentary|data|figures|statistics|numbers|counter|records|bulletin|communiqu[eé]|yearbook|notice)$/iu;
// "a report", "a new report", "Report" (a headline's source), "new research": a document not yet said to be whose.
// "The survey of 800 households", "a 2010 study among young workers": a document and what it covered (a count's
// thousands comma, "1,200 households", no end of it).
// ("The sample survey of the Liangshan Survey Team of the National Bureau of Statistics": a body after "of" made it; it
// covered no one.)
const BODY_AFTER_OF = /\b(?:of|by) (?:the )?\p{Lu}[^,]{0,60}?\b(?:Team|Bureau|Office|Ministry|Commission|Department|Institute|University|Academy|Cent(?:re|er)|Government|Administration|Bank|Foundation|Association|Council)\b/u;
export const DOCUMENT_SCOPE = /^((?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) (?:[\p{L}\d-]+ ){0,3}(?:report|survey|study|census|poll)) (?:of|among|covering) (?:[^,]|(?<=\d),(?=\d{3}\b)){1,80}$/u;
const SOME_DOCUMENT = /^(?:(?:a|an) )?(?:new |recent |latest )?(?:report|study|survey|white paper|research)$/i;
// Words for a document whatever its kind: "the document" may be the white paper brought in before.
// Documents a text brings in once and then calls by their kind: "the report", "the survey".
const NAMED_AGAIN_KINDS = "(?:report|study|survey|paper|document|release|notice|plan|statement|white paper|review|analysis)";
const NAMED_AGAIN = new RegExp(`^${NAMED_AGAIN_KINDS}$`);
// How far back a body's document, "the regional poverty alleviation office's final report", may have been brought in.
const POSSESSED_DOCUMENT_REACH = 3_000;
// The pattern for a body's document of each kind, made the first time a kind is asked for (matchAll copies it, so its
// lastIndex is never shared).
const POSSESSED_DOCUMENT = new Map<string, RegExp>();
// The words for a body a possessive's owner ends on.
const BODY_HEAD = "(?:office|bureau|department|ministry|government|administration|commission|committee|agency|institute|centre|center|university|foundation|bank|council|headquarters|team)";

/**
 * The body that owns the last document of the kind brought in before `at` ("the regional poverty alleviation office's final
 * report"), its name as written, without "the"; or null. Only the few thousand characters before are read.
 */
function possessedDocumentMaker(text: string, at: number, noun: string): string | null {
  const from = Math.max(0, at - POSSESSED_DOCUMENT_REACH);
  let owned = POSSESSED_DOCUMENT.get(noun);
  if (owned === undefined) {
    owned = new RegExp(String.raw`\b(?:the|its|their|his|her|our|a|an) ((?:[\p{L}-]+ ){0,5}?${BODY_HEAD})['’]s (?:[\p{L}-]+ ){0,2}?${noun}\b`, "giu");
    POSSESSED_DOCUMENT.set(noun, owned);
  }
  let last: string | null = null;
  for (const m of text.slice(from, at).matchAll(owned)) last = m[1]!;
  return last;
}
const DOCUMENT_WORDS = new Set(["document", "paper", "publication", "release"]);
const ISSUED_KINDS = new Set(["white paper", "report", "document", "study", "survey", "paper", "statement"]);
// "the regional government work report delivered at the annual session", "Official figures released in
// January", "a press briefing held in the regional capital": the document, the data or the briefing, not where or when (but "held on Tuesday by X" is X's).
const DELIVERED_AT = new RegExp(String.raw`^((?:the |a |an )?(?:[\p{L}'’-]+ ){0,6}?(?:report|speech|address|statement|white paper|yearbook|bulletin|communiqu[eé]|figures|data|statistics|estimates|briefing|press conference|news conference)) (?:delivered|presented|submitted|given|made|released|published|issued|read|tabled|held) (?![^,;]{0,80}\bby\b)(?:at|to|on|in|during|before|last|earlier|this|yesterday|today|${DAY_NAMES})\b.*$`, "iu");
// "The numbers cited in the report", "figures given in the white paper": a document's figures.
const DATA_IN_DOCUMENT = /^(?:the )?(?:numbers|figures|data|statistics) (?:cited|given|quoted|used|published|released|listed) in ((?:the|this|that) (?:[\p{L}-]+ )?(?:report|study|survey|paper|white paper|document|bulletin|yearbook))$/iu;
// "We found", "our survey of 3,000 households", "my estimate": the writers speaking for themselves.
// ("Our township school told me that ...", "My mother says ...": not a body or a relative the writer calls theirs, who speaks.)
export const WRITERS_OWN = /^(?:we|I)\b|^(?:our|my)\b(?! (?:[\p{Ll}-]+ )?(?:school|village|county|township|town|committee|government|bureau|office|department|clinic|hospital|cooperative|company|factory|doctor|teacher|head|chief|secretary|leader|officials?|neighbou?rs?|mother|father|sister|brother|son|daughter|wife|husband|uncle|aunt|grandmother|grandfather|cousin|friends?|hosts?)\b)/iu;
// "The results showed that ...", "our findings", "the authors argue": a paper's own results, its writers' words, not another's.
// ("This paper argues", "the present study finds": the writers naming their own work.)
// ("Preliminary calculations show that the GDP ...": a statistical bulletin's own reckoning, the bulletin's voice.)
// ("This report found ...", "A household survey of 1,520 households conducted for this report found ...": the report's own
// work, done for it.)
export const OWN_RESULTS = /^(?:(?:the |these |our )?(?:results?|findings?|empirical results|estimates|analysis|authors|research|(?:preliminary |initial )?calculations)|(?:new |the )?evidence(?: from [^,;]{1,80})?|(?:this|the present|our) (?:paper|study|article|essay|research|report|evaluation|assessment|review)|(?:an?|the) (?:[^,;]|(?<=\d),(?=\d{3})){1,120} (?:conducted|carried out|done|undertaken|commissioned) for (?:this|the present) (?:report|study|paper|evaluation|assessment|review))$/i;

/** Whether a named person is anyone but a journalist (a byline's writer, a dateline's reporter, a photographer), whom a text's speakers never point back at. */
const notJournalist = (n: { role: string | null }): boolean => personKind(n.role) !== "journalist";

/** Whether a speaker described as one kind of person may be a named person of another kind. */
function compatibleKinds(described: PersonKind, named: PersonKind): boolean {
  if (described === named || described === "other" || named === "other") return true;
  return (described === "official" && named === "spokesperson") || (described === "spokesperson" && named === "official");
}

const PLACE_OF = /^the (?:[\p{Ll}-]+ )?(?:province|region|county|prefecture|city|municipality) of (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})$/u;
// (Not "the county" or "the city", which annotators keep as written: a county government speaks as "the county".)
const OWN_FIGURES = /^(?:its|their) own (?:figures|data|statistics|numbers|count|tally|estimates?|accounts?)$/i;
const OWN_FIGURES_REACH = 400;
const OPENING_PHRASE = /^(?:Between|In|By|From|Since|Over|During|After|Before|Last|This|On)\b[^,]{0,60}, /;
const LEADING_SUBJECT = /^((?:The |the )?\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|and|for)){0,5}) \p{Ll}+(?:ed|s)\b/u;
const PLACE_BACK = /^the (province|region|autonomous region|prefecture|municipality)$/i;
const LEVEL_WORD_AT_END = /\b(?:County|Prefecture|City|Township)$/i;
const PLACE_BY_LEVEL_WORD = new RegExp(`^${PLACE_LEVEL_OF}(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)(?:, [^,]{3,120})?$`, "u");
const PLACE_BEFORE_BODY = /^(?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3}['’]s (\p{Lu}.{3,100})$/u;
const PLACE_OWNS_OFFICE = /^(\p{Lu}[\p{L}-]+)['’]s ((?:[\p{Ll}-]+ ){0,5}(?:government|office|bureau|department|commission|committee|administration|authorities))$/u;
const PLACE_OWNS_BODY = /^(?:the )?(county|prefecture|city|township)['’]s ((?:[\p{L}-]+ ){0,6}(?:office|bureau|department|government|commission|committee|administration|authorities|centre|center|court|congress))$/iu;

export interface SpeakerResolver {
  /** Resolves the speaker named at `span` of the document text. */
  resolve(span: TextSpan): string | null;
  /** The person named last before `at` and not before `from`, outside quotations: who a quotation with no reporting clause is in the words of. */
  personBefore(at: number, from: number): string | null;
  /** The person a mention starting exactly at `at` introduces with an apposition (a paragraph that opens "Name, ..."), or after a title ("Herdsman Name took ..."). */
  personAt(at: number): string | null;
}


/**
 * `writers`: whom the text's own "we" and "our survey" stand for (its authors, else its outlet).
 * `earlier`: the speakers of the reporting clauses before a place in its paragraph, for a pronoun no name explains.
 */
const VOICE_TAGS = new RegExp(VOICE_TAG, "gu");
// ("Speaker 2>She": the end of such a tag, where the span starts inside it.)
const VOICE_TAG_END = /^[^<>\s][^<>]{0,39}>(?=\S)/u;
// "A woman from Nyima county", "One man from Shentsa", "an elderly herder": a person brought in by description, unnamed.
const UNNAMED_PERSON = /^(?:[Aa]n?|[Oo]ne) (?:[\p{Ll}\p{N}-]+ ){0,3}(?:woman|man|girl|boy|mother|father|herder|herdsman|farmer|villager|resident|worker|teacher|student|official|cadre|migrant|nomad|driver|grandmother|grandfather|widow|interviewee|respondent|informant|witness|survivor|labourer|laborer)\b/u;
const SAME_SOURCE = /^the same (?:source|sources|official|spokes(?:man|woman|person)|person)$/i;

// ("31 relocated residents", "40 herders": a count of people, the words counted.)
const COUNTED_GROUP_REACH = 300;
const COUNTED_GROUP = /\b\d[\d,]{0,8} ((?:[\p{Ll}-]+ ){0,2}(?:residents|villagers|herders|farmers|workers|households|families|people|officials|cadres|migrants|respondents|interviewees|women|men|parents|teachers|students))\b/gu;

export function speakerResolver(text: string, entities: Entities, writers: string | null = null, earlier: EarlierSpeakers = () => []): SpeakerResolver {
  // ("Anthony Kakrah, an official of GSS, who presented the report, noted": an apposition of a name, not someone unnamed.)
  const unnamed: Named[] = [...text.matchAll(UNNAMED_SPEAKER)]
    // (Not a date's month or day, "... by March, a woman employee told": a time, then someone unnamed.)
    .filter((m) => !APPOSITION_OF_NAME.test(text.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[0].slice(0, m[0].indexOf(m[1]!)) + m[1]!, role: m[2]! }));
  const people: Named[] = [...entities.people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, name: p.name, role: p.role }))), ...unnamed].sort((a, b) => a.start - b.start);
  // (A body's kind stands in its role, so "the publication" can find the outlet named before.)
  const bodies: Named[] = entities.organisations.flatMap((o) => o.mentions.map((m) => ({ start: m.start, end: m.end, name: o.name, role: o.kind }))).sort((a, b) => a.start - b.start);
  const { issued, oneIssuer, bodiesOfKind, soleAssociation, anotherReportBy } = documentMakers(text, bodies);
  const quoted = quotedStretches(text);
  // Quotations are in text order and never overlap: only the last to start at or before a mention can
  // hold it. (A pass over all of them for each mention was quadratic in a text of many quotations.)
  const outsideQuotes = (m: TextSpan) => {
    const q = quoted[firstFrom(quoted, m.start + 1) - 1];
    return q === undefined || m.end > q.end;
  };
  /** The last of `list` that ends before `at`, within reach, outside quotations, passing `fits`. */
  const nearestBefore = (list: readonly Named[], at: number, fits: (n: Named) => boolean = () => true): Named | undefined => {
    for (let k = firstFrom(list, at) - 1; k >= 0; k--) {
      const n = list[k]!;
      if (n.end < at - REACH) return undefined;
      if (outsideQuotes(n) && fits(n)) return n;
    }
    return undefined;
  };
  // The first of a list that overlaps a span, looked for among those that start near enough to reach
  // it, not in the whole list: a pass over all of them per speaker was quadratic in a text of many turns.
  const insideOf = (list: readonly Named[]) => {
    const longest = list.reduce((most, n) => Math.max(most, n.end - n.start), 0);
    return (span: TextSpan): Named | undefined => {
      for (let k = firstFrom(list, span.start - longest); k < list.length && list[k]!.start < span.end; k++) if (overlaps(list[k]!, span)) return list[k];
      return undefined;
    };
  };
  // Places by level, so "the province" can find the province named before.
  const mentionsByStart = (places: Entities["places"]): Named[] => places.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, name: p.name, role: p.level }))).sort((a, b) => a.start - b.start);
  const placesNamed = mentionsByStart(entities.places);
  // (And those the text names with their level and the gazetteer knows, after which a body of theirs is named.)
  const placesListed = mentionsByStart(entities.places.filter((p) => (p.gazetteer !== null || p.candidates.length > 0) && p.levelBasis === "text"));
  const personInside = insideOf(people);
  const bodyInside = insideOf(bodies);
  // The first person named with each role, found once rather than by a pass over all of them per speaker.
  const byRole = new Map<string, Named>();
  for (const n of people) if (n.role !== null && !byRole.has(n.role.toLowerCase())) byRole.set(n.role.toLowerCase(), n);
  const personNames = new Set(people.map((n) => n.name));
  const genders = genderByName(text, entities.people);
  // (A quotation no clause reports is the words of the person named last before it, by full name or short:
  // "Taoism is part of Wang's life. ..." then '"My parents are so used to ..."' is Wang Li's.)
  const peopleByShortNames = [...people, ...shortNameMentions(text, entities.people, genders)].sort((a, b) => a.start - b.start);
  // A clause before a pronoun that names someone it may stand for: not another pronoun, nor "I" or "we" inside a quotation.
  const namesSomeone = (span: TextSpan) => {
    const words = text.slice(span.start, span.end).trim().replace(BEFORE_THE_VERB, "").replace(/^["“‘]/, "");
    return !PERSON_PRONOUN.test(words) && !BODY_PRONOUN.test(words) && !WRITERS_OWN.test(words) && outsideQuotes(span);
  };
  // Who a description of a person not yet named stands for, found in the lines after it: the one person the
  // text later gives the same post ('according to a Hong Kong-based political analyst' ... 'political analyst
  // Johnny Lau said'), or a person named for the first time as the next sentence opens ('The World Bank's
  // country director for China says ...' then 'Martin Raiser says ...').
  const firstNamedAt = new Map<string, number>();
  for (const n of people) if (!firstNamedAt.has(n.name)) firstNamedAt.set(n.name, n.start);
  const describedAhead = (span: TextSpan, words: string): string | null => {
    const post = POST_AT_END.exec(words.replace(/ (?:of|for|at|in|from|with) .*$/, ""))?.[0].toLowerCase();
    const later: Named[] = [];
    for (let k = firstFrom(people, span.end); k < people.length && people[k]!.start <= span.end + REACH; k++) later.push(people[k]!);
    if (post !== undefined) {
      const holders = new Set(later.filter((n) => n.role !== null && n.role.toLowerCase().endsWith(post) && outsideQuotes(n)).map((n) => n.name));
      if (holders.size === 1) return [...holders][0]!;
    }
    const next = later[0];
    const namedBefore = next !== undefined && (firstNamedAt.get(next.name) ?? Infinity) < span.start;
    if (next === undefined || namedBefore || INDEFINITE.test(next.name) || !NEXT_SENTENCE_OPENS.test(text.slice(span.end, next.start))) return null;
    return compatibleKinds(personKind(words), personKind(next.role)) ? next.name : null;
  };
  // Whether the text calls itself by a document's noun ("This report uses ..."), each noun looked for once.
  const selfNamed = new Map<string, boolean>();
  const callsItself = (noun: string): boolean => {
    if (!selfNamed.has(noun)) selfNamed.set(noun, new RegExp(`(?:^|[.!?]\\s+|\\n)(?:This|The present|Our) ${noun}\\b`).test(text));
    return selfNamed.get(noun)!;
  };
  // Who "the report" said before stands for, each clause resolved once (a chain of them is walked back once, not again per link).
  const sameDocument = new Map<number, string | null>();
  const sameDocumentMaker = (clause: TextSpan): string | null => {
    if (!sameDocument.has(clause.start)) {
      sameDocument.set(clause.start, null);
      const named = resolver.resolve(clause);
      // (Only a name: not the noun alone, nor "new report which was released on", words no one is called by.)
      const bare = text.slice(clause.start, clause.end).trim().replace(BEFORE_THE_VERB, "").replace(/^the /i, "");
      sameDocument.set(clause.start, named !== null && named !== bare && /^\p{Lu}/u.test(named) ? named : null);
    }
    return sameDocument.get(clause.start)!;
  };
  const resolver: SpeakerResolver = {
    personAt(at) {
      const first = people[firstFrom(people, at)];
      // ("Herdsman Norig Tsering took his wife ...": a paragraph may open on the person's title, then the name.)
      const titled = first !== undefined && first.start > at && TITLE_OPENING.test(text.slice(at, first.start)) && /^ \p{Ll}/u.test(text.slice(first.end, first.end + 2));
      if (titled && notJournalist(first)) return first.name;
      const n = first?.start === at ? first : undefined;
      // Named to be introduced: "Wu Xiaomeng, a local resident, ...", "Wu Xiaomeng, 24, ...".
      return n !== undefined && notJournalist(n) && text[n.end] === "," ? n.name : null;
    },
    personBefore(at, from) {
      const n = nearestBefore(peopleByShortNames, at);
      return n !== undefined && n.start >= from && notJournalist(n) ? n.name : null;
    },
    resolve(span) {
      const spoken = text.slice(span.start, span.end);
      // Words of the span that alone name who speaks, resolved where the span holds them (the last place, for `last`).
      const part = (words: string, last = false) => {
        const at = span.start + (last ? spoken.lastIndexOf(words) : spoken.indexOf(words));
        return this.resolve({ start: at, end: at + words.length });
      };
      // ('the report titled "...," issued by the regional office': the document speaks for whoever issued it.)
      const issuer = TITLED_ISSUED_BY.exec(spoken);
      if (issuer) return part(issuer[1]!, true);
      // "He has repeatedly said": the words before the verb that are not who speaks.
      // ("Cuccinelli, who oversees the border agency", "One former herder, now in Dharamsala": what follows describes who speaks.)
      // ("But a new report from C4ADS": a conjunction opening the clause is not who speaks, in lower case too after a
      // caption's voice tag; nor "Even" before "he".)
      // ("<v Speaker 2>and the city government says": a caption file's voice tag, left inside a turn where its cues were
      // joined, is no part of who speaks.)
      const words = spoken.replace(VOICE_TAGS, "").replace(VOICE_TAG_END, "").trim().replace(AGED_AFTER, "").replace(BEFORE_THE_VERB, "").replace(/,\s*(?:who|which|now|formerly|currently|still)\b.*$/, "").replace(BODY_DESCRIBED_AFTER, "").replace(/ (?:himself|herself|themselves|itself)$/, "").replace(CONTENT_PARTICIPLE, "").replace(PUBLISHED_PARTICIPLE, (aside, offset: number, whole: string) => (NAMED_BODY_PIECE.test(whole.slice(0, offset)) ? "" : aside)).replace(RELEASED_WHEN, "").replace(DATED_AFTER_DOCUMENT, "").replace(DATELINE_BEFORE, "").replace(/^[•·*]\s*/u, "").replace(/^(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|As|[Ww]hile|[Ww]hereas)\s+/, "").replace(/^(?:Even|Only|Also) (?=(?:he|she|they)$)/, "").replace(DELIVERED_AT, "$1").replace(SCENE_BEFORE_NAME, "$1").replace(TITLED_DOCUMENT, "").replace(ISSUED_AFTER_DOCUMENT, "$1")
        // ("the Xinjiang Uyghur Autonomous Region (XUAR) administration", "Country Director of the Valley Program (VDP)": a body's initials in brackets are no part of its name.)
        .replace(/ \(\p{Lu}{2,8}\)(?= \p{Ll}|$)/u, "")
        // ("Wangmo (2013) found that ...": the year a citation gives is no part of who found it.)
        .replace(/ \(\d{4}[a-z]?\)$/, "")
        // ("Hanley [6] argued that ...": nor the number of its reference.)
        .replace(/ \[\d{1,3}\]$/, "")
        // ('... wrote one user (18.7k likes).': nor a count in brackets after who spoke, cut at its decimal point.)
        .replace(/ \([\d.,]{1,8}$/, "");
      if (words === "") return null;
      // ("According to China's National Bureau of Statistics": a named body a place's possessive stands before is who speaks.)
      const placeOwned = PLACE_BEFORE_BODY.exec(words);
      const ownedAt = placeOwned === null ? -1 : span.start + spoken.lastIndexOf(placeOwned[1]!);
      const bodyOfPlace = placeOwned === null ? undefined : bodyInside({ start: ownedAt, end: ownedAt + placeOwned[1]!.length });
      if (bodyOfPlace !== undefined && bodyOfPlace.start >= ownedAt) return bodyOfPlace.name;
      // ("The north-western province of Gansu, long ranked among the poorest in China, announced": the place by its level's
      // word, then what it is, which speaks.)
      const levelOf = PLACE_BY_LEVEL_WORD.exec(words);
      if (levelOf) return levelOf[1]!;
      const relative = RELATIVE_CLAUSE_SUBJECT.exec(words);
      if (relative) return part(relative[1]!, true);
      if (SHARE_OF_GROUP.test(words)) return null;
      const pseudonym = PSEUDONYM.exec(words);
      if (pseudonym) return pseudonym[1] ?? pseudonym[2] ?? pseudonym[3]!;
      // ("Zhou Peng's uncle told me", "Mr. Sadiq's cousin said": a relative of someone named is someone else, named only so.)
      if (RELATIVE_OF_NAMED.test(words)) return words;
      // ("A survey by Li's team of 212 households found": the team of someone named is theirs to speak for.)
      const team = TEAM_OF_NAMED.exec(words);
      if (team) return part(team[1]!, true);
      // ("My aunt Yangchen says", "her brother Dorje Tsering said": the relative the words go on to name.)
      const kinNamed = KIN_THEN_NAME.exec(words);
      if (kinNamed) return kinNamed[1]!;
      // ("a senior official of the commission said on Thursday" and then "the official, Zhang Xiaoyun, told a news
      // briefing": someone brought in unnamed whom the text names a few sentences on.)
      const unnamedPost = UNNAMED_POST.exec(words);
      if (unnamedPost) {
        const later = NAMED_LATER[unnamedPost[1]!.toLowerCase()]!.exec(text.slice(span.end, span.end + NAMED_LATER_REACH));
        if (later && personNames.has(later[1]!)) return later[1]!;
      }
      // ("Her report said", "Their survey found": whose the document is, named by the pronoun.)
      const pronounOwned = PRONOUN_OWNED_DOCUMENT.exec(words);
      if (pronounOwned) return part(pronounOwned[1]!);
      const ownedBody = PRONOUN_OWNED_BODY.exec(words);
      const body = ownedBody === null ? undefined : nearestBefore(bodies, span.start, (n) => oneSpelling(n.name).includes(oneSpelling(ownedBody[1]!)));
      if (body) return body.name;
      // ("In a 2019 interview with Kazakh-language television he said": when and to whom, before the pronoun, is no part of who speaks.)
      const sceneThenPronoun = SCENE_THEN_PRONOUN.exec(words);
      if (sceneThenPronoun) return part(sceneThenPronoun[1]!, true);
      const onOwnSite = ON_OWN_SITE.exec(words);
      if (onOwnSite) return part(onOwnSite[1]!, true);
      const byPronoun = DOCUMENT_BY_PRONOUN.exec(words);
      if (byPronoun) {
        // (The pronoun as a word of its own, not the letters of "city" before it.)
        const at = span.start + spoken.search(byPronoun[1]!.toLowerCase() === "it" ? /\bit\b/i : /\bthey\b/i);
        return this.resolve({ start: at, end: at + byPronoun[1]!.length });
      }
      // ("Losang, 46, says": the age after a name describes who speaks, no part of their name.)
      const aged = /^([^,]{2,60}), \d{1,3}$/.exec(words);
      if (aged) return part(aged[1]!);
      // ("A herder called Pema Yudron, she's 63, told me": an age said as a clause of its own, the pronoun for who speaks.)
      const agedClause = /^(he|she)['’]s (?:about |nearly |almost )?\d{1,3}$/i.exec(words);
      if (agedClause) return this.resolve({ start: span.start, end: span.start + agedClause[1]!.length });
      // (Before what a document covered: "A household survey of 1,520 households conducted for this report" is the writers'.)
      if (writers !== null && (WRITERS_OWN.test(words) || OWN_RESULTS.test(words))) return writers;
      // ("The results show that ..." on a page that names no writer: the paper's own voice, which is no one named.)
      // ("The authors said they hope the report will ..." on a page that names no writer: a report's authors, as the page says.)
      if (OWN_RESULTS.test(words)) return /^the authors$/i.test(words) ? words : null;
      // ("The survey of 800 households found": what a document covered is no part of who speaks through it.)
      // ("A survey of 412 households by Helan University": not where the document says who made it.)
      const scoped = DOCUMENT_SCOPE.exec(words);
      if (scoped && !MADE_BY_AFTER_TOPIC.test(words) && !BODY_AFTER_OF.test(words)) return part(scoped[1]!);
      // ("The numbers cited in the report show ...": figures a document gives are that document's maker's.)
      const inDocument = DATA_IN_DOCUMENT.exec(words);
      if (inDocument) return part(inDocument[1]!, true);
      // ("Ms. Su, regarding your answer ... Moreover, during X in 2016, you said that ...": a question's
      // "you" is whom the question opened by addressing.)
      if (/(?:^|,\s*)you$/i.test(words)) {
        const from = text.lastIndexOf("\n", span.start) + 1;
        const addressed = VOCATIVE.exec(text.slice(from, span.start));
        const named = addressed === null ? undefined : nearestBefore(people, span.start, (n) => n.name.split(" ").includes(addressed[1]!.split(" ").at(-1)!));
        if (named) return named.name;
      }
      // (With no one named before it, a pronoun is who the clause before it named: "... said Xi. He noted ...".)
      const spokeBefore = (paragraphBefore = false) => {
        const before = earlier(span.start, paragraphBefore).find(namesSomeone);
        return before === undefined ? null : resolver.resolve(before);
      };
      // (Not the photographer a caption credits: "[Photo by HOU LIQIANG/CHINA DAILY]" ... "..., he said.")
      if (PERSON_PRONOUN.test(words)) {
        // ("The spokesperson stressed that ... on Michelle Bachelet visiting China." then "China, he added, will
        // welcome ...": who adds or goes on is who spoke just before, not the person last named.)
        const goesOn = GOES_ON.test(text.slice(span.end, span.end + 24)) ? spokeBefore(true) : null;
        if (goesOn !== null && personNames.has(goesOn)) return goesOn;
        // (Nor the reporter a dateline credits, "(Reporter Zhu Jingchao)": a pronoun points at someone reported on.)
        // (Nor one named only as the owner of something: "to refute the Dalai Lama's claim" then "..., he said." is the refuter;
        // but "Tang’s house was renovated ..." then '"I never dreamed ...," he said.' is Tang, whose sentence it was.)
        const ownerOnly = (n: Named) => POSSESSIVE_AFTER.test(text.slice(n.end, n.end + 2)) && !opensSentence(text, n.start);
        // (Nor a person the text marks as the other sex: "Aynur, a 44-year-old Uygur woman, ..." then
        // '"...," Mr. Zhang said.' then '"...," she said.' is Aynur's.)
        const other: Gender = pronounGender(words) === "female" ? "male" : "female";
        // ("Nugroho Fery Yudho, a senior editor from Kompas, ..., commended ... He said ...": a journalist the paragraph
        // is about, the subject of its sentence, is who the pronoun stands for when no one else is.)
        const subjectJournalist = (n: Named) => opensSentence(text, n.start) && !text.slice(n.end, span.start).includes("\n") && genders.get(n.name) !== other;
        const named = nearestBefore(peopleByShortNames, span.start, (n) => notJournalist(n) && !ownerOnly(n) && genders.get(n.name) !== other);
        // ("A woman from Nyima county told Rights Frontier that ... She said: ...": someone brought in unnamed, who spoke in
        // the paragraph after the person last named, is who the pronoun stands for.)
        const unnamedSpeaker = earlier(span.start).find((c) => (named === undefined || c.start > named.end) && (UNNAMED_PERSON.test(text.slice(c.start, c.end)) || PSEUDONYM.test(text.slice(c.start, c.end))));
        if (unnamedSpeaker !== undefined) return resolver.resolve(unnamedSpeaker) ?? text.slice(unnamedSpeaker.start, unnamedSpeaker.end);
        // ("... our guide pointed at ... and said they were built for herders ..." then "He said ...": with no one named, the one the
        // text described speaking just before.)
        const describedBefore = () => earlier(span.start).map((c) => text.slice(c.start, c.end)).find((w) => DESCRIBED_SPEAKER.test(w));
        // ("My wife's cousin got a house there in 2017. She told me ...": or the one the sentence before opened on, so described.)
        const openedBefore = () => {
          const before = text.slice(Math.max(0, span.start - OPENED_BEFORE_REACH), span.start);
          const opens = Math.max(before.lastIndexOf("\n") + 1, 0);
          return DESCRIBED_SUBJECT.exec(before.slice(opens))?.[1];
        };
        // (A pronoun that stands for no one the text names or describes names no one: no speaker "She".)
        return named?.name ?? spokeBefore() ?? spokeBefore(true) ?? nearestBefore(people, span.start, notJournalist)?.name ?? nearestBefore(people, span.start, subjectJournalist)?.name ?? describedBefore() ?? openedBefore() ?? null;
      }
      // ("According to the prefecture government, ... . Wages ranged from ..., the same source said.": the source just cited.)
      if (SAME_SOURCE.test(words)) return spokeBefore() ?? spokeBefore(true) ?? words;
      // ("Between 2016 and 2020, Beijing moved some 266,000 ..., according to its own figures.": whose figures is the
      // sentence's subject.)
      if (OWN_FIGURES.test(words)) {
        const before = text.slice(Math.max(0, span.start - OWN_FIGURES_REACH), span.start);
        const opens = Math.max(before.lastIndexOf(". ") + 2, before.lastIndexOf("\n") + 1, 0);
        const subject = LEADING_SUBJECT.exec(before.slice(opens).replace(OPENING_PHRASE, ""));
        if (subject) return subject[1]!;
      }
      if (AGE_BACK.test(words) || ONE_FROM_PLACE_BACK.test(words)) return nearestBefore(people, span.start, notJournalist)?.name ?? words;
      // ("the eastern province of Jiangsu reported": the place the words name.)
      const placeOf = PLACE_OF.exec(words);
      if (placeOf) return placeOf[1]!;
      // ("the eastern province of Jiangsu reported ..." then "The province has claimed ...": the place of that level named last.)
      const placeBack = PLACE_BACK.exec(words);
      if (placeBack) {
        const level = placeBack[1]!.toLowerCase().replace(/^autonomous /, "");
        const named = nearestBefore(placesNamed, span.start, (n) => n.role === level);
        if (named) return named.name;
      }
      // ("the county's poverty alleviation office said" after "Dongxiang County": that county's office, by name.)
      const ownedBy = PLACE_OWNS_BODY.exec(words);
      if (ownedBy) {
        const level = ownedBy[1]!.toLowerCase();
        const named = nearestBefore(placesListed, span.start, (n) => n.role === level);
        // ("Dongxiang" named alone: its level goes with it, "Dongxiang county poverty alleviation office".)
        if (named) return `${named.name}${LEVEL_WORD_AT_END.test(named.name) ? "" : ` ${level}`} ${ownedBy[2]!}`;
      }
      // ("the expert on international affairs": what the person is expert in is no part of the post.)
      const role = PERSON_BACK.exec(words) ?? PERSON_BACK.exec(words.replace(FIELD_AFTER_POST, ""));
      if (role) {
        // "the official" points back at "an official" brought in before it, sooner than at a named one.
        const introduced = nearestBefore(unnamed, span.start, (n) => n.role === role[1]!.toLowerCase());
        if (introduced) {
          // ("a regional official said Monday." then "said Shohrat Zakir, chairman ...": the one the lines after
          // it named, when they did.)
          const named = resolver.resolve({ start: introduced.start, end: introduced.start + introduced.name.length });
          return named !== null && personNames.has(named) ? named : introduced.name;
        }
        const kind = personKind(role[1]!);
        // ("the envoy" after "Ambassador Cui Ling": a diplomat points back at the diplomat, before any other official.)
        // (With no diplomat named before, "the ambassador" is someone the text has not named.)
        if (DIPLOMAT.test(role[1]!)) return nearestBefore(people, span.start, (n) => DIPLOMAT.test(n.role ?? ""))?.name ?? words;
        // (Else someone named with no post, never one whose post is of another kind: "the village head said" after "Camille
        // Duret, an anthropologist" is a head the page does not name.)
        return (nearestBefore(people, span.start, (n) => personKind(n.role) === kind) ?? nearestBefore(people, span.start, (n) => n.role === null))?.name ?? words;
      }
      // ("China lifts 68 million out of poverty: Report", "according to a report." and then "The report
      // published by the State Council ...": a document the next lines say is whose.)
      if (oneIssuer && SOME_DOCUMENT.test(words)) {
        const ahead = issued[firstFrom(issued, span.end)];
        const maker = nearestBefore(issued, span.start) ?? (ahead !== undefined && ahead.start - span.end <= FORWARD ? ahead : undefined);
        if (maker) return maker.name;
      }
      if (soleAssociation !== null && (SOME_DOCUMENT.test(words) || /^the (?:new )?(?:report|study|survey)$/i.test(words))) return soleAssociation;
      // ("... told the Tibet Daily in March 2020. The same article said ...": the paper last named carried it.)
      if (SAME_ARTICLE.test(words)) {
        const paper = nearestBefore(bodies, span.start, (n) => n.role === "media");
        if (paper) return paper.name;
      }
      if (anotherReportBy !== null && issued.length === 0 && /^the report$/i.test(words)) return anotherReportBy;
      const kindOfBody = BODY_BY_KIND.exec(words);
      if (kindOfBody) {
        // ("the official Xinhua news agency reported": the body the words name, not the last one of that kind.)
        const named = bodyInside(span);
        if (named) return named.name;
        const noun = kindOfBody[1]!.toLowerCase();
        const before = nearestBefore(bodiesOfKind, span.start, (n) => n.role === noun) ?? nearestBefore(bodies, span.start, (n) => n.role === (OUTLET_NOUN.test(noun) ? "media" : "association"));
        if (before) return before.name;
      }
      // ("The Chinese Embassy in Washington rejected the report. Its spokesperson said ...": the body named before speaks through them.)
      if (BODY_VOICE_BACK.test(words)) {
        const body = nearestBefore(bodies, span.start);
        if (body) return body.name;
      }
      if (PAPER_BACK.test(words)) {
        const paper = nearestBefore(bodies, span.start, (n) => n.role === "media");
        if (paper) return paper.name;
      }
      const head = BODY_BACK.exec(words);
      if (head) {
        const noun = head[1]!.toLowerCase();
        const named =
          nearestBefore(bodies, span.start, (n) => n.name.toLowerCase().includes(noun)) ??
          // ("the company said" after "Kunlun Harvest Technology Co., Ltd.": the company named before, however its name ends.)
          (noun === "company" ? nearestBefore(bodies, span.start, (n) => n.role === "company") : undefined) ??
          // ("the white paper", "the document" after "X released a white paper": X's.)
          nearestBefore(issued, span.start, (n) => n.role === noun || DOCUMENT_WORDS.has(noun)) ??
          // ("the report" after "X unveiled a white paper": the one document the text brings in, whatever it calls it.)
          (ISSUED_KINDS.has(noun) && oneIssuer ? nearestBefore(issued, span.start) : undefined) ??
          (MEDIA_BACK.test(noun) ? nearestBefore(bodies, span.start, (n) => n.role === "media") : undefined);
        if (named) return named.name;
        // ("..., according to a CCDI release on Wednesday." then "..., the release said.": whose a clause just before said it was.)
        // ("the regional poverty alleviation headquarters" before "the headquarters said": a fuller "the ..." too.)
        const clauses = earlier(span.start, true).filter((c) => c.end <= span.start);
        const cited = clauses.find((c) => !/^the (?:[\p{L}-]+ )?[\p{L}-]+$/iu.test(text.slice(c.start, c.end)) && text.slice(c.start, c.end).toLowerCase().includes(noun));
        // ("the headquarters said in a statement." then "..., the statement said.": whoever spoke through it.)
        const spokeThrough = spokeThroughPattern(noun);
        const through = cited ?? clauses.find((c) => spokeThrough.test(text.slice(c.end, c.end + SPOKE_THROUGH_REACH)));
        const found = through !== undefined ? resolver.resolve(through) : null;
        if (found !== null) return found;
        // ("according to a report jointly issued by X." then "The report also said ..." then '"...," the report said.':
        // the same document said before, whose maker the earlier clause found.)
        const same = clauses.find((c) => BODY_BACK.exec(text.slice(c.start, c.end).trim().replace(BEFORE_THE_VERB, ""))?.[1]!.toLowerCase() === noun);
        // ("according to a report released Monday by the regional forestry administration." paragraphs above "The report said":
        // where the document was brought in, however far back, when it was brought in once.)
        const sameMaker = same !== undefined ? sameDocumentMaker(same) : null;
        // (The words that bring the document in, built once for the lookup, not once per clause; earlier() gives only clauses before.)
        const bringsIn = sameMaker === null && NAMED_AGAIN.test(noun) ? new RegExp(`\\b(?:a|an|the|its|their)\\s(?:[\\p{L}-]+\\s){0,3}${noun}\\b`, "iu") : null;
        const broughtIn = bringsIn === null ? [] : earlier(span.start, true, true).filter((c) => bringsIn.test(text.slice(c.start, c.end)) && /\bby\s/.test(text.slice(c.start, c.end)));
        const maker = broughtIn.length === 1 ? resolver.resolve(broughtIn[0]!) : null;
        const first = maker !== null && !maker.toLowerCase().includes(noun) ? maker : null;
        // ("an evaluation by a third-party team from Lanzhou University ..." then "the team said": the body the noun was brought in with.)
        const broughtInWith = () => {
          const nounThen = new RegExp(`\\b${noun}s? (?:from|of|at|with|by|led by) (?:the )?$`, "i");
          return nearestBefore(bodies, span.start, (n) => nounThen.test(text.slice(Math.max(0, n.start - BROUGHT_IN_REACH), n.start)))?.name;
        };
        // ("This report looks at ..." then "the report finds that ...": a document that calls itself by the noun is the writers' own.)
        const ownKind = () => (writers !== null && NAMED_AGAIN.test(noun) && callsItself(noun) ? writers : undefined);
        return sameMaker ?? first ?? broughtInWith() ?? ownKind() ?? possessedDocumentMaker(text, span.start, noun) ?? words.replace(THE_RECENT, "");
      }
      if (BODY_PRONOUN.test(words)) {
        // ("..., says the white paper." then "... of the Corps found jobs, it says.": "it" is what spoke
        // before, in this paragraph or the one above, sooner than a body named inside what it said.)
        // (Only the few hundred characters before are read: a long paragraph costs no more.)
        const from = Math.max(text.lastIndexOf("\n", span.start) + 1, span.start - OWN_WORK_REACH);
        const maker = MAKER_OF_DOCUMENT_BEFORE.exec(text.slice(from, span.start));
        const makerAt = maker === null ? -1 : from + maker.index + maker[0].indexOf(maker[1]!);
        const reporterClause = earlier(span.start, true).find(namesSomeone);
        const reporter = reporterClause !== undefined && reporterClause.start > makerAt ? resolver.resolve(reporterClause) : null;
        if (reporter !== null && !personNames.has(reporter)) return reporter;
        // ("This report uses panel data on 9,600 households ... It finds that ...": the writers' own work, named just before.)
        if (writers !== null && /^it$/i.test(words) && OWN_WORK_OPENING.test(text.slice(from, span.start))) return writers;
        // ("I have the regional poverty alleviation office's final report in front of me, and it says ...": the body whose
        // document the sentence just brought in, named in lower case as no body the entities know.)
        const sentenceStart = Math.max(from, text.lastIndexOf(". ", span.start) + 2);
        const body = nearestBefore(bodies, span.start);
        if (maker && (body === undefined || body.end <= makerAt)) return bodyInside({ start: makerAt, end: makerAt + maker[1]!.length })?.name ?? maker[1]!;
        return body?.name ?? possessedDocumentMaker(text.slice(sentenceStart, span.start), span.start - sentenceStart, NAMED_AGAIN_KINDS) ?? words;
      }
      // ("The think tank's report also says": whose the report is, found as that owner would be.)
      const owner = OWNED_DOCUMENT.exec(words);
      if (owner) {
        const at = span.start + text.slice(span.start, span.end).indexOf(owner[1]!);
        const named = this.resolve({ start: at, end: at + owner[1]!.length });
        if (named !== null) return named;
      }
      // ("The People's Daily article said": a named body's piece speaks for that body.)
      const piece = NAMED_BODY_PIECE.exec(words);
      if (piece) {
        const at = span.start + text.slice(span.start, span.end).indexOf(piece[1]!);
        const body = bodyInside({ start: at, end: at + piece[1]!.length });
        if (body !== undefined && body.end <= at + piece[1]!.length) return body.name;
      }
      // "A report by the Valley Policy Center", "a study from Tsinghua University": who made the source.
      // ("a new report from C4ADS, a nonprofit group based in Washington": the maker before its description.)
      const madeByForm = MADE_BY_AFTER_TOPIC.exec(words) ?? MADE_BY.exec(words.split(/,(?!\d{3}\b)/)[0]!) ?? MADE_BY.exec(words);
      const madeBy = madeByForm ?? LED_STUDY.exec(words);
      // ("A GRDB phone survey of 2,400 rural households ...": after "of", a count is whom it covered; its maker, if named,
      // stands before the noun.)
      if (madeBy && SCOPE_COUNT.test(madeBy[1]!)) {
        const owner = OWNER_BEFORE_NOUN.exec(words);
        if (owner) {
          const at = span.start + text.slice(span.start, span.end).indexOf(owner[1]!);
          return bodyInside({ start: at, end: at + owner[1]!.length })?.name ?? owner[1]!;
        }
      } else if (madeBy) {
        // ("a written instruction from the premier to a national meeting on ...": whom it went to is no part of who made it.)
        // ("a 2022 survey by the foundation of 86 schools in Zhaojue": whom it covered, set after its maker, is no part of it.)
        const makerWords = madeBy[1]!.replace(ADDRESSED_TO, "").replace(SCOPE_AFTER_MAKER, "");
        const at = span.start + text.slice(span.start, span.end).indexOf(makerWords);
        const maker = { start: at, end: at + makerWords.length };
        // ("from the premier": a post alone is whoever the text names in it; "by the foundation", the body it named before.)
        if (/^the \p{Ll}[\p{Ll} -]{2,40}$/u.test(makerWords)) {
          const holder = this.resolve(maker);
          if (holder !== null && (personNames.has(holder) || bodies.some((b) => b.name === holder))) return holder;
        }
        // ("a survey led by Han Zhiyuan of Lanzhou University": a person named before their institution made it, not the institution.)
        const personFirst = PERSON_OF_BODY.exec(makerWords);
        const leader = personInside(maker)?.name ?? (personFirst && personNameForm(personFirst[1]!.split(" ")) !== null ? personFirst[1]! : undefined);
        if (leader !== undefined) return leader;
        // ("a report released by the Boao Forum for Asia (BFA) on Tuesday": the day it came out is no part of the name, nor the short form.)
        // (A study led or run by someone is a person's: where no person is found in the words, the forms below read them.)
        if (madeByForm !== null) return bodyInside(maker)?.name ?? makerWords.replace(TIME_AFTER_NAME, "").replace(/ \([\p{Lu}&]{2,8}\)$/u, "").replace(/^the /i, "");
      }
      const ranIn = RAN_IN.exec(words);
      if (ranIn) {
        const at = span.start + text.slice(span.start, span.end).lastIndexOf(ranIn[1]!);
        return bodyInside({ start: at, end: at + ranIn[1]!.length })?.name ?? ranIn[1]!;
      }
      // ("FAO's projections", "Bank estimates released earlier this month": whose the numbers are, named before them;
      // "Credible estimates" names no one.)
      const owned = OWNED_DATA.exec(words);
      if (owned) {
        const maker = owned[1]!.replace(/['’]s$/, "");
        const at = span.start + text.slice(span.start, span.end).indexOf(maker);
        return bodyInside({ start: at, end: at + maker.length })?.name ?? maker;
      }
      // ("said Deputy Director General of Publications of the CPC XUAR, Xu Guixiang, in Beijing": a post, then
      // the name of who holds it set after a comma.)
      const holder = POST_FIRST.test(words) ? NAME_AFTER_POST.exec(text.slice(span.end, span.end + 60)) : null;
      if (holder && personNames.has(holder[1]!)) return holder[1]!;
      // ("has scored a "complete victory", President said": a title alone is the person last named with it.)
      // ('..." said Mr' where the page is cut: an honorific alone is the person last named, never a name "Mr".)
      if (/^(?:Mr|Mrs|Ms|Dr|Prof)\.?$/.test(words)) return nearestBefore(people, span.start, notJournalist)?.name ?? null;
      // ("Nalai Ai, 52, ..." then "The 52-year-old said ...": an age alone stands for the person last named.)
      if (/^the \d{1,3}-year-old$/i.test(words)) return nearestBefore(people, span.start, notJournalist)?.name ?? null;
      // ("the Kalon Tripa (political leader) of Tibet, Dr. Lobsang Sangay" and then '"...," said the Kalon Tripa': a
      // capitalised title the text first set before a person's name stands for that person.)
      // (Never a body's name: "the World Bank's country director, Martin Raiser" leaves the Bank the Bank's.)
      const capitalisedTitle = CAPITALISED_TITLE.exec(words);
      if (capitalisedTitle && bodyInside(span) === undefined) {
        const first = text.indexOf(words, Math.max(0, span.start - REACH));
        const after = first >= 0 && first < span.start ? TITLE_THEN_NAME.exec(text.slice(first + words.length, first + words.length + TITLE_NAME_REACH)) : null;
        if (after) {
          const at = first + words.length + after[0].length - after[1]!.length;
          const holder = personInside({ start: at, end: at + after[1]!.length });
          if (holder !== undefined) return holder.name;
        }
      }
      const title = TITLE_ALONE.exec(words) ?? DEFINITE_POST.exec(words);
      if (title) {
        const post = (words: string) => words.toLowerCase().replaceAll("-", " ");
        // (The post's head, not what it serves: "Spokesman for the Secretary-General" is no secretary-general.)
        const head = (role: string) => post(role).replace(/ (?:for|of|to|at|in|on|with) .*$/, "");
        const holder = nearestBefore(people, span.start, (n) => n.role !== null && head(n.role).includes(post(title[1]!)));
        if (holder) return holder.name;
      }
      // "Chairman of the Uyghur Region": the role of a person the text names.
      // ("its governor", "the region's chairman": the role, whoever's it is.)
      const titled = byRole.get(words.replace(/^the /i, "").toLowerCase()) ?? byRole.get(words.replace(/^(?:its|their|the [\p{L}-]+['’]s|[\p{L}-]+['’]s) /iu, "").toLowerCase());
      if (titled) return titled.name;
      const person = personInside(span);
      if (person && !INDEFINITE.test(person.name)) return person.name;
      // "An official said on Friday ..." and then "Xu Guixiang, a spokesman ..., told reporters": a
      // lede's unnamed speaker is the person of that kind the lines just after introduce.
      // (Not one described at length or asking not to be named: "an official from X, who requested anonymity".)
      // ("said Xiong Jianzhong, a spokesman for the ... Bureau of Statistics, who revealed that": the
      // description stands in apposition to the name just before it.)
      // ("introduced Sonam Yangkyi, the village's first secretary in charge of poverty alleviation, who added": a definite description too.)
      const described = (INDEFINITE.test(words) || /^the\b/i.test(words)) && (PERSON_NOUN.test(words) || /\bsecretary\b/i.test(words)) ? nearestBefore(people, span.start) : undefined;
      if (described !== undefined && /^,\s*$/.test(text.slice(described.end, span.start))) return described.name;
      if (INDEFINITE.test(words) && PERSON_NOUN.test(words) && !/\b(?:from|of|at|with|who)\b/i.test(words) && !/anonym|not to be named/i.test(text.slice(span.end, span.end + 80))) {
        const kind = personKind(words);
        let named: Named | undefined;
        for (let k = firstFrom(people, span.end); !named && k < people.length && people[k]!.start <= span.end + FORWARD; k++) {
          const n = people[k]!;
          // ("Tejashwi Yadav, however, claimed": a name a sentence adverb follows is not being introduced.)
          // ("the Director of the State Council Leading Group Office ... Liu Yongfu said": nor one after its title is.)
          const introduced = (text[n.end] === "," && !AFTER_ADVERB.test(text.slice(n.end, n.end + 24))) || (n.role !== null && text.slice(Math.max(0, n.start - n.role.length - 1), n.start).trimEnd().endsWith(n.role));
          if (!INDEFINITE.test(n.name) && introduced && outsideQuotes(n) && compatibleKinds(kind, personKind(n.role))) named = n;
        }
        if (named) return named.name;
      }
      // "chairman of the regional government announced Tuesday ..." and then "..., said Qizhala in his
      // work report": a person described by their post before anyone is named is the next person named.
      if (person === undefined && DESCRIBED_PERSON.test(words) && nearestBefore(people, span.start, notJournalist) === undefined) {
        const kind = personKind(words);
        for (let k = firstFrom(people, span.end); k < people.length && people[k]!.start <= span.end + FORWARD; k++) {
          const n = people[k]!;
          if (!INDEFINITE.test(n.name) && outsideQuotes(n) && notJournalist(n) && compatibleKinds(kind, personKind(n.role))) return n.name;
        }
      }
      // (A description no one named before answers to: the person named after it.)
      if (person === undefined && (INDEFINITE.test(words) || /^the\b/i.test(words)) && (DESCRIBED_PERSON.test(words.replace(/['’]s\b/g, "")) || POST_AT_END.test(words))) {
        const ahead = describedAhead(span, words);
        if (ahead) return ahead;
      }
      if (person) return person.name;
      // "Ma said" where the text names Ma Jingna and Ma Maizhi: the one named last before who is no byline's.
      // ("Mr Yang said": the honorific is no part of the name.)
      // ("Yang, 65, said": an age after the surname is no part of it.)
      // ("Secretary Sun says" where the text named Sun Zhigang, a secretary, and Sun Tianyuan, a reporter: the post
      // before the surname says which.)
      const post = SURNAME_POST.exec(words)?.[1];
      const surname = words.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? /, "").replace(SURNAME_POST, "").replace(/,\s*\d{1,3}$/, "");
      if (/^[\p{Lu}][\p{L}'’-]+$/u.test(surname)) {
        const postWord = post === undefined ? null : new RegExp(`\\b${post}\\b`, "i");
        const holds = (n: Named) => postWord === null || postWord.test(n.role ?? "");
        // ("said Yang's daughter Yang Xiuyun" and later "Yang said": one brought in as the relative of "Yang" is not who "Yang" is.)
        const relativeOf = new RegExp(`\\b${surname}['’]s (?:[\\p{Ll}-]+ ){1,2}$`, "u");
        const relative = (n: Named) => relativeOf.test(text.slice(Math.max(0, n.start - 40), n.start));
        const bearer = nearestBefore(people, span.start, (n) => notJournalist(n) && n.name.split(" ").includes(surname) && !relative(n) && holds(n));
        if (bearer) return bearer.name;
      }
      // ("China's official Xinhua news agency": "official" before a name or an outlet's word is no person.)
      if (PERSON_NOUN.test(words.split(" ").slice(0, 4).join(" ").replace(/\bofficial (?=\p{Lu}|(?:news|media|data|figures|statistics|website)\b)/gu, ""))) return words;
      // ("interviewed 31 relocated residents ... Twenty-two said": a count alone speaks for the group counted before it.)
      if (/^(?:\d{1,6}|[\p{L}-]+)$/u.test(words) && (/^\d/.test(words) || words.split("-").every((w) => isNumberWord(w.toLowerCase())))) {
        const group = [...text.slice(Math.max(0, span.start - COUNTED_GROUP_REACH), span.start).matchAll(COUNTED_GROUP)].at(-1);
        return group ? group[1]! : null;
      }
      // ("Our township school": the body the speaker calls theirs, by its name.)
      // ("Xinjiang's government", "Guizhou's provincial ecological migration bureau": a place's body, named as the body is.)
      return bodyInside(span)?.name ?? words.replace(/^(?:the|our) /i, "").replace(PLACE_OWNS_OFFICE, "$1 $2");
    },
  };
  return resolver;
}

/** Every stretch of the text inside quotation marks, paragraph by paragraph. */
function quotedStretches(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  for (const paragraph of text.split("\n")) {
    for (const q of quotationSpans(paragraph)) out.push({ start: start + q.start, end: start + q.end });
    start += paragraph.length + 1;
  }
  return out;
}
