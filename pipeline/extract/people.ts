// Normalized text and its paragraphs in, people out, each with the role and affiliation the text
// gives them and every mention (full name, "Mr. X", or a part of the name standing alone when only
// one person in the document bears it). Names come only from contexts that mark a person: speaker
// labels, "Name, role:" lines, appositions with a role, honorifics, reporting verbs, "X's family".
import { nameRoleLine, SPEAKER_LABEL } from "../normalize/kind.ts";
import { nameCased, surnameInCapitals } from "../text/name-forms.ts";
import type { Span } from "../normalize/segment.ts";
import { NOT_NAME_WORDS, nonOverlapping, overlaps, wholeWordOccurrences, type TextSpan } from "../text/spans.ts";
import { nameCandidates } from "./name-candidates.ts";
import { HEADLINE_VERB, HONORIFIC_WORD, isChineseSurname, isNotNameWord, isPinyinWord, isTurkicNameWord, KIN_WORD, personNameForm, titleCased } from "../text/name-forms.ts";
import { HOST_NAME, INTRODUCTION_OPENER, selfIntroduction } from "./self-introduction.ts";
import { SPEAKING_ROLE_NOUN } from "./speech.ts";
import { captionSpeaker, clockedLabel, headsReportedProse, NOT_SPEAKER, POST_LINE, shotListSpeaker, siteAnswerer, soundbiteSpeaker } from "./turn-headers.ts";
import { mergeOtherSpellings } from "./name-spellings.ts";
import { referenceAuthors } from "./reference-authors.ts";

export interface Person {
  name: string;
  role: string | null;
  affiliation: string | null;
  mentions: TextSpan[];
}

// ("Arthur N. Holcombe": a middle initial may stand after the first name.)
const NAME = "[\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}]\\.)?(?: [\\p{Lu}][\\p{L}'’-]+){1,2}";
// A name that opens a pattern searched for anywhere has a first word of at most 41 letters, so a run
// of letters with no space ("ABCDEFGH...", "aBaBaB...") is not read to its end again from each capital.
const LEAD_WORD = "[\\p{Lu}][\\p{L}'’-]{1,40}";
const LEAD_NAME = `${LEAD_WORD}(?: [\\p{Lu}]\\.)?(?: [\\p{Lu}][\\p{L}'’-]+){1,2}`;
const ROLE_WORD =
  "(?:(?:deputy[ -]|vice[ -]|executive |former |local |first-level |senior |chief |an? |the |who is (?:an? |the )?)*(?:head|chief|director|chairman|chairwoman|chairperson|secretary|governor|mayor|minister|spokesperson|spokesman|spokeswoman|official|officer|inspector|villager|resident|farmer|herder|herdsman|herdswoman|nomad|shepherd|monk|nun|deputy|delegate|lawmaker|legislator|worker|student|teacher|doctor|professor|researcher|reporter|journalist|editor|member|leader|president|cadre|manager|owner|founder|CEO|expert|scholar|excellent student|party chief|Party chief|Party secretary|Director|Deputy Director|Chairman|Secretary|Head|Member|fellow|Fellow|Senior Fellow|Professor|Researcher|economist|Economist|analyst|Analyst|lecturer|Lecturer|woman|man|mother|father|grandmother|grandfather|housewife|widow|retiree|picker|grower|vendor|trader|labourer|laborer|weaver|tailor|nurse|driver|shopkeeper|entrepreneur|engineer|technician|consul|Consul|ambassador|Ambassador|envoy|Envoy|Minister|Counsellor|Councillor|Attache|Attaché|Adviser|Advisor|Commissioner|Representative|Coordinator|graduate|volunteer|guide|cook|chef|baker|carpenter|mason|electrician|butcher|fisherman|miner|seamstress|embroiderer|artisan|craftsman|craftswoman|photographer|veterinarian|accountant|clerk|cashier|ranger|cleaner|waiter|waitress|singer|dancer|artist|painter|livestreamer|beekeeper|breeder|courier|mechanic|welder|barber|hairdresser|pharmacist|midwife|imam|lama|athlete|coach)\\b)";
// ("Wang Lan, a 38-year-old tea picker,": an age may stand among the words before the role; "Renqin, 38, was
// once a herdsman" is a clause, no apposition.)
// ("Kam Wing Chan 陈金永, professor of geography at ...": the name in Chinese characters may follow the name.)
const APPOSITION = new RegExp(`(${LEAD_NAME}|${LEAD_WORD})(?: \\([^()]{1,30}\\)| [\\p{Script=Han}]{2,4})?, (?:\\d{1,3}, )?((?:an? |the )?(?:(?!(?:was|is|were|are|has|had|have|will)\\b)[\\p{L}-]+ |\\d{1,3}-year-old ){0,5}?${ROLE_WORD}[^,.;:\\n]*)`, "gu");
// Where a sentence starts: the text's start, after a stop (and a closing mark), or a line's start.
const SENTENCE_START = String.raw`(?:^|[.!?]["”’]? |\n)`;
// One name alone as a sentence's subject, before its verb ("Ayigul may work ...", "In May 2011, Ayigul got ...").
const MONONYM_SUBJECT = new RegExp(String.raw`(?<=${SENTENCE_START}(?:(?:In|On|By|After|Since|Last|This) [^,.\n]{1,30}, )?)(\p{Lu}\p{Ll}{3,20}) (?:may|was|is|has|had|got|said|says|told|works|worked|lives|lived|became|began|started|earned|earns|moved|went|joined|used|now)\b`, "gu");
// ("Reziwanguli, who has worked in Shaoxing for some time, said:": one name alone, a relative clause about them, then their words.)
const MONONYM_WHO_SAID = new RegExp(String.raw`(?<=${SENTENCE_START})(\p{Lu}\p{Ll}{3,20}), who [^,.;:"“”\n]{3,120}, (?:said|says|told|added|recalled|explained)\b`, "gu");
// "A villager, Jike Ayi, 35, told ...", "a Kazakh herder, Patigul Rozi,": the role before the name.
// ("The township head, Gonjo Chodron, a native of Zari,": a post, too; "The lead author, Vicky Xiuzhong Xu, wrote": a writer's part.)
// ("The Chinese Ambassador to Nigeria, Cui Jianchun, has restated ...": a post in capitals, the country or body it
// serves, then the name set off by commas.)
const POST_TO_THEN_NAME = new RegExp(`\\b[Tt]he ((?:[\\p{Lu}][\\p{L}-]+ ){0,3}(?:Ambassador|Consul General|Consul-General|Consul|Envoy|Special Envoy|Minister|Governor|Mayor|Secretary-General|Director-General|Director|Chairman|Chairwoman|President|Premier|Spokesperson|Spokesman|Spokeswoman|Representative|Commissioner)(?: (?:to|of|for|in|at) (?:the )?[\\p{Lu}][\\p{L}'’-]*(?: (?:of |and )?[\\p{Lu}][\\p{L}'’-]*){0,4})?), (${NAME}),`, "gu");
const ROLE_THEN_NAME = new RegExp(`\\b(?:[Aa]n?|[Tt]he|[Oo]ne) ((?:[\\p{Ll}-]+ ){0,3}(?:villager|resident|farmer|herder|worker|student|teacher|doctor|official|cadre|driver|trainee|migrant|mother|father|grandmother|grandfather|shopkeeper|owner|nurse|imam|carpenter|tailor|weaver|vendor|chef|cook|head|chief|secretary|director|mayor|governor|leader|author|researcher|analyst|economist|scholar|professor|spokesperson|spokesman|spokeswoman|editor|reporter|correspondent)), (${NAME}),`, "gu");
// "researchers Christiaan van Veen, senior advisor, and Silvia de Rosa, consultant": a name with a particle,
// after a word in lower case that is no preposition (not "in Rio de Janeiro, a city") and before an apposition or a verb of saying.
// ("the FAO chief, Jose Graziano da Silva, wrote": a given name and a middle one, set off by commas.)
const PARTICLE_PERSON = /(?<=\b(?!(?:in|at|from|to|near|of|into|outside|across|via)\b)\p{Ll}[\p{Ll}-]{1,20} |\p{Ll}, )([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)? (?:van|von|de|der|den|da|di|del|du|dos|bin|binti|al|el)(?: (?:der|den|la|los))? [\p{Lu}][\p{L}'’-]+)(?=, (?:an? |the )?\p{Ll}| (?:said|says|told|added|noted)\b)/gu;
// "Jike Ayi, 35, told": an age set off by commas after a name marks a private person.
// ("Arkhit Pradhan (25) and ...": the age in brackets, as South Asian papers set it.)
// ("Aizizi Maimai Timing, 25 years old this year, has grown ...": the age in words too.)
const NAME_AGE = new RegExp(`(${LEAD_NAME})(?:, (\\d{1,3}), | \\((\\d{1,3})\\)|, (\\d{1,3}) years? old\\b)`, "gu");
// ("Renqin, 38, was once a herdsman": one name alone, as many Tibetans and Uyghurs have, opening its sentence.)
// ("On Thursday, Pude, now 32 years old, got up early": after a phrase of time, with "now" and "years old".)
const MONONYM_AGE = new RegExp(String.raw`(?<=${SENTENCE_START}(?:On \p{Lu}\p{Ll}+day, )?)(\p{Lu}\p{Ll}[\p{Ll}'’-]{1,30}), (?:now |aged )?(\d{1,3})(?: years old)?, (?=\p{Ll})`, "gu");
// ("Thank you, Mr Prime Minister": an honorific before a title addresses the post, names no one.)
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.? (?!(?:Prime|President|Vice|Secretary|Chairman|Chairwoman|Speaker|Ambassador|Minister|Governor|Mayor|Premier|Director|Chair)\b)([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,2})/gu;
const TITLE_BEFORE_HONORIFIC = new RegExp(`^ ${HONORIFIC_WORD}\\.? `);
// "Mr. [Antonio] Guterres": a transcript's editor supplies the given name in brackets; the name is both words.
const BRACKETED_GIVEN_NAME = new RegExp(String.raw`\b${HONORIFIC_WORD}\.? \[(\p{Lu}[\p{L}'’-]{1,30})\] (\p{Lu}[\p{L}'’-]{1,30})`, "gu");
// A document's title running up to a place: "Report on Chinese Migrant ", "Survey of Rural ".
const DOCUMENT_TITLE_BEFORE = /\b(?:Report|Survey|Study|Census|Review|Yearbook|Bulletin)s? (?:on|of|into|about) (?:[\p{Lu}][\p{L}'’-]* )*$/u;
const SPEECH = new RegExp(`(${LEAD_NAME}),? (?:said|says|told|added|noted|stated|explained|recalled|stressed)\\b`, "gu");
// ("Qubi Shiha, who ran the township employment office until last spring, told a reporter", "a guide, Jjike Ayi, who said":
// a name a relative clause with "who" follows, then a verb of saying: a person, whatever the name lists know.)
const NAME_WHO_SPOKE = new RegExp(`(${LEAD_NAME}), who (?:[^,.;:"“”\\n]{3,120}, )?(?:said|says|told|added|recalled|explained)\\b`, "gu");
// ("Lukas Brenner, who studies pastoral policy at the University of Vienna, counted ...": a name opening its sentence with a
// relative clause on what the one named does or did: a person, whatever the name lists know.)
const NAME_WHO_DOES = new RegExp(String.raw`(?<=${SENTENCE_START})(${LEAD_NAME}), who (?:studies|teaches|works|worked|heads|headed|runs|ran|leads|led|lives|lived|researches|directs|directed|founded|oversees|oversaw|served|serves|grew up|moved|spent|has spent|has studied|has worked|has lived|was born)\b`, "gu");
// "Gulnar Abdukerim, a 29-year-old clerk at the county court, said": any apposition before a reporting verb.
const APPOSITION_SPEECH = new RegExp(`(${LEAD_NAME}), ((?:an?|the) [^,.;:"“”]{3,80}), (?:said|says|told|added|noted|stated|explained|recalled)\\b`, "gu");
// "Reporter Aynur Tursun", "Party secretary Abdurahman Tohti", "our correspondent Zhang Peng": a title before the name.
// ("senior lecturer on government Kara Dillon", "professor of sociology Li Wei": the post's field may follow it.)
// ("Deputy Director (M&A) Kashif Mehmood", "Undersecretary Adoration M. Navarro": a title's branch in brackets, a name's middle initial.)
const INITIALLED_NAME = "[\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}]\\.)?(?: [\\p{Lu}][\\p{L}'’-]+){1,2}";
const TITLE_BEFORE = new RegExp(`\\b((?:[Dd]eputy |[Vv]ice )?(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Pp]hotographer|[Pp]arty secretary|[Pp]arty chief|[Ss]ecretary-[Gg]eneral|[Dd]irector-[Gg]eneral|[Ss]ecretary|[Dd]irector|[Gg]overnor|[Mm]ayor|[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|[Ff]armer|[Vv]illager|[Hh]erder|[Ww]orker|[Tt]eacher|[Rr]esearcher|[Pp]rofessor|[Aa]nalyst|(?:[Oo]pposition |[Pp]arty |[Cc]ommunity |[Vv]illage )?[Ll]eader|[Ee]conomist|[Ss]cholar|[Hh]istorian|[Aa]nthropologist|[Ss]ociologist|[Dd]emographer|[Ll]awyer|[Aa]ctivist|[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Cc]ollector|[Mm]ember|(?:[Cc]ounty|[Vv]illage|[Tt]ownship|[Dd]istrict) (?:chief|head)|[Ee]xpert|[Aa]rchaeologist|[Nn]omad|[Hh]erdsman|[Dd]elegate|President|deputy|[Cc]ommissioner|Undersecretary|Ambassador|Consul(?: General)?|Counsellor|Minister|Premier|[Ll]ecturer)(?: (?:of|on|in) (?!the\\b|a\\b|an\\b)\\p{Ll}{3,20})?)(?: \\([^()]{1,20}\\))? (${INITIALLED_NAME})`, "gu");
// "CCP SecretaryWang Junzheng", "• Government ChairmanYan Jinhai": an infobox's row, its post run into the holder's name.
// (Each word of the post at most 20 letters, the row on a line of its own: linear in the text.)
// ("o Party SecretaryWu Yingjie": a list's bullet may be set as a letter "o".)
const INFOBOX_POST = "((?:[\\p{Lu}][\\p{L}.]{0,20} ){0,3}(?:Secretary|Chairman|Chairwoman|Chairperson|Governor|Mayor|Leader|Head|President|Premier|Director|Commander|Chief))";
// ("(and largest city) o Party SecretaryWu Yingjie o ChairmanChe Dalha o Total ...": rows run together on one line, each after its bullet.)
const GLUED_POST_NAME = new RegExp(`(?:^(?:[•·o] ?)?|(?<= )[•·o] )${INFOBOX_POST}(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,3})(?= [•·o] |$)`, "gmu");
// "CPC Ctte Secretary | Zhang Chunxian (张春贤) |": an infobox set as a table, the post in one cell and its holder in the next.
const TABLE_POST_NAME = new RegExp(`^\\|? ?${INFOBOX_POST} ?\\| ?(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,3})(?: ?\\([^()|]{1,20}\\))? ?\\|?$`, "gmu");
// "Hannah Voss @hvoss_labour": the display name beside a social-media handle.
const INITIALS_PERSON = /(?<![\p{L}\p{N}.])(\p{Lu}\.\p{Lu}\.(?:\p{Lu}\.)?), (?:\d{1,3}, (?:an? )?((?:former|retired|now|then) [\p{Ll}][^,.;:"“”\n]{2,80})|(an? (?:\d{1,3}-year-old )?[\p{Ll}][^,.;:"“”\n]{2,80})|\d{1,3}\b)/gu;
const HANDLE_NAME = new RegExp(`(${LEAD_NAME}) @[\\p{L}\\p{N}_]{2,30}\\b`, "gu");
// '"...," said Wu Qing, a driver': the name after the verb, then an optional role apposition.
// ("said economist Ada Moss": a role in lower case may stand between.)
// ("said Li Qiang, the county's deputy head": an apposition with "the" gives a role when it holds a role word.)
const SPEECH_AFTER = new RegExp(`\\b(?:said|says|added|noted) (?:((?:[\\p{Ll}-]+ )?(?:${SPEAKING_ROLE_NOUN})) )?(${NAME})(?:, (?:an? |(?=the [^,.;:"“”]{0,60}?${ROLE_WORD}))([^,.;:"“”]{3,80}))?`, "gu");
// '"...," said Paldron.', "according to Erkin.", "14-year-old Paldron": one name alone, as many Tibetans and Uyghurs go by,
// after the verb that ends a sentence or after an age.
// ('"I loved it," Hayrulhan said': the name alone between a quotation's close and its verb.)
// (Not "a 29-year-old Dong woman": a people's name before the noun it describes.)
const ONE_NAME_SPEAKER = /\b(?:said|says|told|added|recalled|explained|according to) ([\p{Lu}][\p{Ll}'’-]{2,20})(?=[.,;]|$)|\b\d{1,3}-year-old ([\p{Lu}][\p{Ll}'’-]{2,20})\b(?! [\p{Lu}]| (?:woman|man|women|men|girl|boy|mother|father|grandmother|grandfather|widow|farmer|herder|herdsman|villager|resident|worker|student|teacher|migrant|nomad|trader|vendor)\b)|[,!?]["”’] ([\p{Lu}][\p{Ll}'’-]{2,20}) (?:said|says|added|explained|recalled)\b/gmu;
// ('" Said 27-year-old Aziguri Maimat,': a full name straight after an age, before a stop or a verb.)
const AGE_THEN_NAME = new RegExp(`\\b\\d{1,3}-year-old (${NAME})(?=[,.;:!?]| (?:said|says|told|is|was|has|had|from|of|who|and)\\b)`, "gu");
// ("Tianshannet", "Chinanews": a site's name run into one word, which no one of one name bears.)
const SITE_WORD = /\p{Ll}(?:net|news|online|daily|times|post|tv|web|media)$/u;
// "Padma Yangjen is a delegate of Monba ethnic.", "Tsering Tsoten is a deputy to the 13th NPC": a person
// introduced by what they are, opening the sentence.
// ('There is "hope"-Maimatiri Tavaculi is the leader of ...': after a dash that sets the sentence apart, too.)
const NAME_IS_ROLE = new RegExp(`(?<=^|[.!?]["”’]? |\\n|["”’] ?[-–—] ?)(${LEAD_NAME}) (?:is|was) (?:an? |the )(?:[\\p{L}-]+ ){0,3}?${ROLE_WORD}`, "gu");
// "a handsome man whose name is Wuerkaixi", "a herder named Tashi Dorje": a person brought in by name.
// ("a 29-year-old woman from Keriya County whom we call Gulbahar": a name a report gives someone to shield them, and a place between.)
const NAMED_PERSON = /\b(?:man|woman|boy|girl|herder|herdsman|farmer|villager|resident|worker|student|teacher|doctor|official|mother|father|lady|gentleman)(?: (?:from|in|of) [\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2})? (?:whose name is|named|called|whom (?:we|I|they|the group|the report|researchers) (?:call|will call|are calling|refer to as)) (\p{Lu}\p{Ll}[\p{Ll}'’-]+(?: \p{Lu}\p{Ll}[\p{Ll}'’-]+){0,2})\b/gu;
// ("Tibet's exiled spiritual leader, the Dalai Lama": a title that is the person's name, whoever holds it.)
const RELIGIOUS_TITLE = /\bthe ((?:Dalai|Panchen) Lama|Karmapa)\b/gu;
const POSSESSIVE_KIN = new RegExp(`(${LEAD_NAME})['’]s (?:family|home|house|wife|husband|son|daughter|mother|father|children|parents)\\b`, "gu");
// "AMY GOODMAN: This is ...": a transcript's speaker label set in capitals.
// ("RAMTIN ARABLOUEI, HOST:": the role a broadcast's transcript gives after the name, in capitals too.)
// ("MICHELE NORRIS, host:", "Mr. TOM REYES (Professor, Hill College):", "ANNA LEE - PRODUCER - THE SHOW:", "MAX STONE, 1989:":
// an older transcript's part in lower case, an honorific and a post in brackets, a part after a dash, the year of an archive clip.)
const CAPS_LABEL = /^(?:(?:Mr|Ms|Mrs|Dr)\.? )?(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’.-]*){1,3})(?:, (\p{Lu}[\p{Lu}-]+(?: \p{Lu}[\p{Lu}-]+){0,3}|\p{Ll}[\p{Ll}-]+(?: \p{Ll}[\p{Ll}-]+){0,2})| \(([^()]{2,60})\)| [-–—] ([^:]{2,80}?)|, \d{4})?:(?:\s|$)/u;
// "NPR's Louisa Lim reports on ...", "the BBC's John Sudworth has more": a broadcaster's reporter, introduced by the outlet.
const OUTLET_REPORTER = new RegExp(`(?<![\\p{L}'’-])(?:[\\p{Lu}][\\p{L}&.]{1,20}(?: [\\p{Lu}][\\p{L}&.]{1,20}){0,2})['’]s (${NAME}) (?:reports|reported|has more|has the story|has this report|filed this report|joins us|gives you|takes you|brings you|takes us|brings us|has this (?:profile|report|story))\\b`, "gu");
// "... this is ALL THINGS CONSIDERED. I'm Michele Norris.": a broadcast's host, naming themselves.
const SELF_INTRODUCED = new RegExp(String.raw`(?<=^|[.!?] |\n|${INTRODUCTION_OPENER})${selfIntroduction(HOST_NAME)}`, "gmu");
// ("My cousin Qubi Shama works at ...": a writer's or speaker's own kin, named.)
const KIN_THEN_NAME = new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (${KIN_WORD}) (${NAME})`, "gu");
// ("Helipat's daughter Gulizba collects ...": two people of one name each, the second the first's kin.)
// ("His daughter-in-law, Tsomo, is more hopeful": a relative by marriage, the name set off by commas.)
const KIN_THEN_ONE_NAME = /\b(?:[Hh]is|[Hh]er|[Tt]heir) (wife|husband|son|daughter|mother|father|brother|sister|grandmother|grandfather|(?:daughter|son|mother|father|brother|sister)-in-law),? (\p{Lu}\p{Ll}{2,20})\b(?![ -]\p{Lu}|['’]s)/gu;
const TWO_NAMED_PEOPLE = /\b(\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{2,20})?) and (\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{2,20})?), (?:two|both) (?:Tibetans|Uyghurs|Uighurs|Kazakhs|Kyrgyz|villagers|herders|farmers|nomads|men|women|brothers|sisters|residents|monks|nuns|students|activists|teenagers|children)\b/gu;
// ("For Dawa Tsering's daughter Lhamo, 22, ...": and one of a full name's kin.)
const ONE_NAME_KIN = /(?<![\p{L}'’-] ?)(\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{1,20}){0,2})['’]s (daughter|son|wife|husband|mother|father|brother|sister|grandson|granddaughter) (\p{Lu}\p{Ll}{2,20})\b(?! \p{Lu})/gu;
const STATEMENT_OF = /\b(?:STATEMENT|TESTIMONY) OF (?:HON\. |DR\. |MR\. |MS\. |MRS\. )?((?:\p{Lu}[\p{Lu}'’-]*\.? ){1,3}\p{Lu}[\p{Lu}'’-]+), (?:AN? |THE )?([\p{Lu}][\p{Lu} .'’-]{2,80})|\b(?:Statement|Testimony) of (?:Hon\. |Dr\. |Mr\. |Ms\. |Mrs\. )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}), (?:an? |the )?([^,;\n]{3,80})/gu;
const CAPITALS_CREDIT = /(?<=[.!?] |^)(\p{Lu}{2,}(?: \p{Lu}{2,}){1,2})\/[\p{Lu}][\p{Lu} .]{1,30}$/gmu;
// "Photo by He Hongfu/People's Daily Online", "(Photo: Gao Han)": who took the picture.
// ("(Xinhua/Gao Han)": the agency, then who took the picture.)
// ("(Alice Su / Los Angeles Times)": who took the picture, then the paper.)
const CREDIT_WORDS = "[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*){0,3}";
const PHOTO_BY = new RegExp(`\\b(?:[Pp]hotos?|[Pp]icture|[Ii]mage)(?: by|:) (${NAME})|\\((${CREDIT_WORDS}) ?\\/ ?(${CREDIT_WORDS})\\)`, "gu");
// ('Ma, a villager in his eighties told the paper': an apposition left open ends at the verb of saying, and an adverb before it.)
// ("..., country director ... of the Fund (IFAD) speaks with CRI's reporter Xu Yawen": a caption's verb ends the role.)
const ROLE_CUT = /\s(?:who|which|and (?:was|is|has|had|were|are)|was|is|has|had|were|are|(?:(?!(?:family|daily|weekly|monthly|yearly|assembly|supply)\s)\p{Ll}+ly\s)?(?:said|says|told|tells|added|noted|explained|recalled|stated|speaks|spoke|talks|talked|meets|met|visits|visited))\s/u;

interface Candidate extends TextSpan {
  name: string;
  role: string | null;
  /** Found by the form of the name itself, so a first word such as "He" (a surname) is no pronoun. */
  byForm?: boolean;
  /** Run into the word before it ("SecretaryWang Junzheng"), so no whole-word search finds it again: its own span is a mention. */
  glued?: boolean;
}

const MEMBER_TITLE = /^(?:MP|MEP|MSP|MLA)$/;
// A title or post before a name, as a word of its own ("President", "Vice", "Secretary").
const TITLE_WORD = new RegExp(`^(?:${ROLE_WORD}|${HONORIFIC_WORD}\\.?|vice|general|senator|ambassador|chancellor|commissioner|king|queen|prince|judge|justice|premier|comrade|party)$`, "i");

/** A cue-found name without the titles, labels and possessive it was caught with ("Adrian Zenz Senior", "Abdunebi Abdurexit's"). */
function trimmed(c: Candidate): Candidate | null {
  const words = c.name.replace(/['’]s$/, "").split(" ");
  let first = 0;
  // ("Spokesperson Geng Shuang's Regular Press Conference": a possessive ends the name.)
  const owner = words.findIndex((w) => /['’]s$/.test(w));
  let last = owner >= 0 ? owner + 1 : words.length;
  // ("Vice Governor Inspects Relocation Sites": a headline's verb ends the name, and what follows it is no name.)
  const verb = words.findIndex((w) => HEADLINE_VERB.test(w));
  if (verb >= 0) last = Math.min(last, verb);
  // ("MP Richard Hollis": a member's title before the name; after it, "Tom Roe MP" in a committee's list, the name ends.)
  while (first < last && (isNotNameWord(words[first]!) || MEMBER_TITLE.test(words[first]!))) first++;
  const whole = last;
  while (last > first && isNotNameWord(words[last - 1]!)) last--;
  // ("Project Task Team Leader, said", "Commercial Counsellor, said": one word left before the title words cut off
  // it is the title's, not a name.)
  if (first === last || (last < whole && last - first === 1)) return null;
  // ("Rights Frontier said", "Harbour Labour Observatory said": a body's name whose first words the lists know as no name's,
  // which leave one word no list knows as a name, nor reads as pinyin or a Turkic name; a title left before a name,
  // "Governor Zhang", "Dr Roe", stays.)
  const alone = words[first]!;
  if (first > 0 && last - first === 1 && personNameForm([alone]) === null && !isChineseSurname(alone) && !isTurkicNameWord(alone) && !isPinyinWord(alone) && !words.slice(0, first).some((w) => TITLE_WORD.test(w))) return null;
  // ("Premier Li Keqiang Meets the Press": a Chinese name ends before a word no syllables of its own make up.)
  if (last - first === 3 && isChineseSurname(words[first]!) && personNameForm(words.slice(first, last - 1)) === "chinese" && personNameForm(words.slice(first, last)) === null && !isPinyinWord(words[last - 1]!)) last--;
  const lead = words.slice(0, first).join(" ");
  const name = words.slice(first, last).join(" ").replace(/['’]s$/, "");
  const start = c.start + (first === 0 ? 0 : lead.length + 1);
  return { ...c, name, start, end: start + name.length };
}

/** Whether a candidate name is really a place or organisation, or starts like a sentence. */
/** `span.role`: the role the text gives the name beside it, when it gives one. */
export type NameFilter = (name: string, span: TextSpan & { role?: string | null }) => boolean;

function cleanRole(role: string): string {
  return role.replace(/^(?:who is |an? |the )+/i, "").split(ROLE_CUT)[0]!.trim();
}

/** The part of a role after its first "of", "in" or "at": the body or place the role belongs to. */
export function affiliationOf(role: string | null): string | null {
  if (role === null) return null;
  const m = / (?:of|in|at) (?:the )?(.+)$/.exec(role);
  return m ? m[1]!.trim() : null;
}

/**
 * Speakers of a transcript that sets its labels in capitals, named as written in prose. A label
 * counts when its words take the form of a name, or when the transcript has two or more such labels
 * and none of the words is a listed non-name ("TRANSCRIPT:", "SOUNDBITE:" alone never count).
 */
/** A transcript's part in capitals as a role: "HOST" is a host, and the byline's part the reporter's. */
function roleInCapitals(part: string): string {
  return part === "BYLINE" ? "reporter" : part.toLowerCase();
}

// How many words a broadcast transcript's part in capitals runs to at most ("HOST, ALL THINGS CONSIDERED").
const CAPS_PART_WORDS = 5;

function capitalisedSpeakers(text: string, paragraphs: readonly Span[]): Candidate[] {
  const labels: Candidate[] = [];
  for (const p of paragraphs) {
    if (p.end - p.start < 4 || !/\p{Lu}{2}/u.test(text.slice(p.start, p.start + 7))) continue;
    const label = CAPS_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (!label) continue;
    const words = label[1]!.split(" ").map(titleCased);
    if (words.some(isNotNameWord)) continue;
    const part = label[2] ?? label[3]?.split(",")[0] ?? label[4]?.split(/ [-–—] |,/)[0];
    const start = p.start + label[0].indexOf(label[1]!);
    labels.push({ name: words.join(" "), role: part === undefined ? null : roleInCapitals(part.trim()), start, end: start + label[1]!.length, byForm: personNameForm(words) !== null || part !== undefined });
  }
  const distinct = new Set(labels.map((l) => l.name)).size;
  return labels.filter((l) => l.byForm || distinct >= 2).map((l) => ({ ...l, byForm: true }));
}

function candidates(text: string, paragraphs: readonly Span[]): Candidate[] {
  const out: Candidate[] = capitalisedSpeakers(text, paragraphs);
  paragraphs.forEach((p, k) => {
    // ("ZHANG Qingwei" alone over "NPC deputy, Governor of Hebei Province": a deputy by name, with their post.)
    const written = text.slice(p.start, p.end).trim();
    const name = written.length <= 40 ? surnameInCapitals(written) : null;
    if (name === null) return;
    const next = paragraphs[k + 1] === undefined ? "" : text.slice(paragraphs[k + 1]!.start, paragraphs[k + 1]!.end).trim();
    const start = p.start + text.slice(p.start, p.end).indexOf(written);
    out.push({ name, role: POST_LINE.test(next) ? next : null, start, end: start + written.length, byForm: true });
  });
  for (const [k, p] of paragraphs.entries()) {
    const paragraph = text.slice(p.start, p.end);
    // ("3. Hallett, Margaret (1996). Peoples of the ...": the authors a reference cites.)
    for (const cited of referenceAuthors(paragraph)) out.push({ name: cited.name, role: "researcher", start: p.start + cited.at, end: p.start + cited.at + cited.length, byForm: true, glued: true });
    const label = SPEAKER_LABEL.exec(paragraph);
    // "Category:", "Notes:", "Share": labels and widgets are not people.
    const next = paragraphs[k + 1] === undefined ? "" : text.slice(paragraphs[k + 1]!.start, paragraphs[k + 1]!.end);
    if (label && !label[1]!.split(" ").some(isNotNameWord) && !NOT_SPEAKER.test(label[1]!) && !headsReportedProse(label[1]!, next)) out.push({ name: label[1]!, role: null, start: p.start, end: p.start + label[1]!.length });
    // ("Luo Yuchen Grew up in ..." over "answered Jun 14": a question-and-answer site's answerer.)
    const answerer = siteAnswerer(paragraph, next);
    const answererAt = answerer === null ? -1 : p.start + paragraph.indexOf(answerer);
    if (answerer !== null) out.push({ name: answerer, role: null, start: answererAt, end: answererAt + answerer.length, byForm: true });
    // ("Mark Jones 0:02" alone over a turn: a podcast transcript's speaker, by the clock beside the name.)
    const clocked = clockedLabel(paragraph);
    if (clocked !== null && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(clocked) && !clocked.split(" ").some(isNotNameWord)) out.push({ name: clocked, role: null, start: p.start, end: p.start + clocked.length });
    // ("SOUNDBITE (CHINESE) KELSANG DROLKAR, NPC Deputy": a broadcast script's speaker and their role.)
    const bite = soundbiteSpeaker(paragraph);
    if (bite && bite.at >= 0) out.push({ name: bite.name, role: bite.role, start: p.start + bite.at, end: p.start + bite.at + bite.name.length, byForm: true });
    // ("(SOUNDBITE) (Mandarin) HEAD OF THE VILLAGE COMMITTEE, XAGO, SAYING:": a shot list's speaker and post.)
    const shot = shotListSpeaker(paragraph);
    if (shot && !shot.name.split(" ").some(isNotNameWord)) out.push({ name: shot.name, role: shot.role, start: p.start + shot.at, end: p.start + shot.at + shot.name.length, byForm: true });
    // ("SUN LI SECRETARY, CPC VALLEY COUNTY COMMITTEE "We ...": a TV script's caption over a soundbite.)
    const caption = captionSpeaker(paragraph);
    if (caption && personNameForm(caption.name.split(" ")) !== null && !caption.name.split(" ").some(isNotNameWord)) out.push({ name: caption.name, role: /\p{Ll}/u.test(caption.role) ? cleanRole(caption.role) : roleInCapitals(caption.role), start: p.start, end: p.start + caption.name.length, byForm: true });
    const line = nameRoleLine(paragraph);
    // ("Jobs, Houses and Cows: China's Drive ...": a headline in title case, one word and then more, not a name and a role.)
    // ("EMILY FENG, BYLINE: ...": a broadcast transcript's speaker and part, in capitals; named as prose names people,
    // and the byline's part is the reporter's.)
    // (A headline in capitals with a colon, "LABOR TRANSFER, RELOCATION, AND POVERTY ... CHINA: WHAT WE KNOW", runs longer than a part.)
    if (line && /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,2}$/u.test(line.name) && /^\p{Lu}[\p{Lu} ,'’-]*$/u.test(line.role)) {
      if (line.role.split(" ").length > CAPS_PART_WORDS) continue;
      out.push({ name: line.name.split(" ").map(titleCased).join(" "), role: roleInCapitals(line.role), start: p.start + line.at, end: p.start + line.at + line.name.length, byForm: true });
    } else if (line && (line.name.includes(" ") || /(?:^|\s)\p{Ll}/u.test(line.role.replace(/\b(?:of|the|and|in|for|at|on|a|an)\b/g, "")))) out.push({ name: line.name, role: cleanRole(line.role), start: p.start + line.at, end: p.start + line.at + line.name.length });
  }
  // ("D.L., a 44-year-old mother of four from Shuanghu, said", "—T.D., 58, former herder": a witness a report names by
  // initials only, with their age or who they are.)
  for (const m of text.matchAll(INITIALS_PERSON)) out.push({ name: m[1]!, role: (m[2] ?? m[3]) === undefined ? null : cleanRole((m[2] ?? m[3])!), start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].indexOf(m[1]!) + m[1]!.length, byForm: true });
  for (const m of text.matchAll(APPOSITION)) {
    const name = m[1]!;
    out.push({ name, role: cleanRole(m[2]!), start: m.index, end: m.index + name.length });
  }
  for (const m of text.matchAll(POST_TO_THEN_NAME)) {
    const start = m.index + m[0].lastIndexOf(m[2]!);
    out.push({ name: m[2]!, role: m[1]!, start, end: start + m[2]!.length });
  }
  for (const m of text.matchAll(ROLE_THEN_NAME)) {
    const start = m.index + m[0].lastIndexOf(m[2]!);
    out.push({ name: m[2]!, role: m[1]!, start, end: start + m[2]!.length });
  }
  for (const m of text.matchAll(NAME_AGE)) {
    if (Number(m[2] ?? m[3] ?? m[4]) < 120) out.push({ name: m[1]!, role: "resident", start: m.index, end: m.index + m[1]!.length });
  }
  // ("Ayigul may work for a domestic services company ... In May 2011, Ayigul got a chance ...": one Turkic name
  // alone, the subject of two sentences or more, is a person.)
  const subjects = new Map<string, { start: number; end: number }[]>();
  for (const m of text.matchAll(MONONYM_SUBJECT)) {
    if (!isTurkicNameWord(m[1]!) || isNotNameWord(m[1]!)) continue;
    subjects.set(m[1]!, [...(subjects.get(m[1]!) ?? []), { start: m.index, end: m.index + m[1]!.length }]);
  }
  for (const [name, spans] of subjects) if (spans.length >= 2) out.push({ name, role: null, start: spans[0]!.start, end: spans[0]!.end, byForm: true });
  for (const m of text.matchAll(MONONYM_WHO_SAID)) {
    if (!isNotNameWord(m[1]!)) out.push({ name: m[1]!, role: null, start: m.index, end: m.index + m[1]!.length });
  }
  for (const m of text.matchAll(MONONYM_AGE)) {
    if (Number(m[2]) < 120 && !isNotNameWord(m[1]!)) out.push({ name: m[1]!, role: "resident", start: m.index, end: m.index + m[1]!.length });
  }
  for (const c of nameCandidates(text)) out.push({ ...c, byForm: true });
  for (const m of text.matchAll(PARTICLE_PERSON)) out.push({ name: m[1]!, role: null, start: m.index, end: m.index + m[1]!.length, byForm: true });
  for (const m of text.matchAll(APPOSITION_SPEECH)) out.push({ name: m[1]!, role: cleanRole(m[2]!), start: m.index, end: m.index + m[1]!.length });
  for (const m of text.matchAll(TITLE_BEFORE)) {
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ name: m[2]!, role: m[1]!.toLowerCase(), start, end: start + m[2]!.length });
  }
  for (const m of text.matchAll(SELF_INTRODUCED)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    out.push({ name: m[1]!, role: null, start, end: start + m[1]!.length });
  }
  for (const m of text.matchAll(OUTLET_REPORTER)) {
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/['’]s /) + 3);
    out.push({ name: m[1]!, role: "reporter", start, end: start + m[1]!.length });
  }
  // "his wife Karma Detso", "her son Tashi Dorje": a relative named after the word for them.
  for (const m of text.matchAll(KIN_THEN_NAME)) {
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ name: m[2]!, role: m[1]!, start, end: start + m[2]!.length });
  }
  // ("Gedor and his wife Rolpai": a relative known by one name.)
  for (const m of text.matchAll(KIN_THEN_ONE_NAME)) {
    if (isNotNameWord(m[2]!)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ name: m[2]!, role: m[1]!, start, end: start + m[2]!.length, byForm: true });
  }
  // ("release Dolkar and Wangchen, two Tibetans arrested ...": two names the words after them count as people.)
  for (const m of text.matchAll(TWO_NAMED_PEOPLE)) {
    if (isNotNameWord(m[1]!.split(" ")[0]!) || isNotNameWord(m[2]!.split(" ")[0]!)) continue;
    const second = m.index + m[0].indexOf(` and ${m[2]!},`) + 5;
    out.push({ name: m[1]!, role: null, start: m.index, end: m.index + m[1]!.length, byForm: true });
    out.push({ name: m[2]!, role: null, start: second, end: second + m[2]!.length, byForm: true });
  }
  for (const m of text.matchAll(ONE_NAME_KIN)) {
    const start = m.index + m[0].length - m[3]!.length;
    out.push({ name: m[1]!, role: null, start: m.index, end: m.index + m[1]!.length });
    out.push({ name: m[3]!, role: m[2]!, start, end: start + m[3]!.length });
  }
  // ("STATEMENT OF TERESA OKAFOR-LIND, SENIOR RESEARCHER, ...", "Statement of Hon. Harold J. Brennan, a U.S.
  // Representative": a hearing record's heading over each witness's statement.)
  for (const m of text.matchAll(STATEMENT_OF)) {
    const written = m[1] ?? m[3]!;
    const start = m.index + m[0].indexOf(written);
    const role = (m[2] ?? m[4]!).trim();
    out.push({ name: m[1] !== undefined ? nameCased(written) : written, role: m[1] !== undefined ? role.toLowerCase() : role, start, end: start + written.length, byForm: true });
  }
  // "... on June 11. CHEN ZEBING/VALLEY DAILY": a photographer's credit in capitals after a caption.
  for (const m of text.matchAll(CAPITALS_CREDIT)) {
    const name = nameCased(m[1]!);
    out.push({ name, role: "photographer", start: m.index, end: m.index + m[1]!.length, byForm: true });
  }
  for (const m of text.matchAll(PHOTO_BY)) {
    // "Photo: IC Photo via AFP" credits an agency; of a credit's two sides, the photographer is the one that is a name.
    const isAgency = (words: string) => words.split(" ").some((w) => /^(?:Photo|Photos|Images?|Pictures?|News|Agency|Daily|Times|Online|Bulletin|Post|Herald|Tribune|Journal|Press|Gazette|Mail|Star|Inquirer|Standard)$/i.test(w));
    const name = m[1] ?? [m[3]!, m[2]!].find((side) => side.includes(" ") && !isAgency(side));
    if (name === undefined || isAgency(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    out.push({ name, role: "photographer", start, end: start + name.length, byForm: true });
  }
  for (const m of text.matchAll(GLUED_POST_NAME)) {
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ name: m[2]!, role: m[1]!, start, end: start + m[2]!.length, byForm: true, glued: true });
  }
  for (const m of text.matchAll(TABLE_POST_NAME)) {
    const start = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    out.push({ name: m[2]!, role: m[1]!, start, end: start + m[2]!.length, byForm: true });
  }
  for (const m of text.matchAll(HANDLE_NAME)) out.push({ name: m[1]!, role: null, start: m.index, end: m.index + m[1]!.length });
  for (const m of text.matchAll(SPEECH_AFTER)) {
    const start = m.index + m[0].indexOf(m[2]!, m[1]?.length ?? 0);
    const role = m[3] ?? m[1];
    out.push({ name: m[2]!, role: role === undefined ? null : cleanRole(role), start, end: start + m[2]!.length });
  }
  let pairs: NamePairs | undefined;
  for (const m of text.matchAll(ONE_NAME_SPEAKER)) {
    const name = m[1] ?? m[2] ?? m[3]!;
    // ("according to Tianshannet": a site's name, run into one word, is no one's.)
    if (SITE_WORD.test(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    pairs ??= namePairs(text);
    // ("a neighbor of Hayrulhan Matusun" before '"...," Hayrulhan said': the name given in full.)
    const full = pairs.firstOf.get(name);
    if (full && full.start < start && !NOT_NAME_WORDS.has(full.second) && !isNotNameWord(full.second)) out.push({ name: `${name} ${full.second}`, role: null, start: full.start, end: full.end });
    // ("Press Secretary Trixie Cruz-Angeles said ..." and then '"...," Angeles said': the end of a name given before.)
    else if (m[3] === undefined || !((pairs.secondAt.get(name) ?? Infinity) < start)) out.push({ name, role: m[2] === undefined ? null : "resident", start, end: start + name.length });
  }
  for (const m of text.matchAll(AGE_THEN_NAME)) {
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ name: m[1]!, role: "resident", start, end: start + m[1]!.length });
  }
  for (const m of text.matchAll(RELIGIOUS_TITLE)) out.push({ name: m[1]!, role: null, start: m.index + 4, end: m.index + 4 + m[1]!.length, byForm: true });
  for (const m of text.matchAll(BRACKETED_GIVEN_NAME)) {
    const start = m.index + m[0].indexOf("[");
    out.push({ name: `${m[1]} ${m[2]}`, role: null, start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NAME_WHO_DOES)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (personNameForm(m[1]!.split(" ")) !== null || !m[1]!.split(" ").some((w) => isNotNameWord(w))) out.push({ name: m[1]!, role: null, start, end: start + m[1]!.length, byForm: true });
  }
  for (const pattern of [HONORIFIC, SPEECH, NAME_WHO_SPOKE, POSSESSIVE_KIN, NAMED_PERSON, NAME_IS_ROLE]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index + m[0].indexOf(m[1]!);
      // ("The Report on Chinese Migrant Workers' Living Conditions says": the end of a document's title speaks, no one named.)
      if (pattern === SPEECH && DOCUMENT_TITLE_BEFORE.test(text.slice(Math.max(0, start - 80), start))) continue;
      // ("Mrs. WU: (Speaking foreign language)": a transcript's label sets the surname in capitals; the name is as prose writes it.)
      // ("Mr. TOM REYES (Professor, Hill College):": the full name in capitals too.)
      const name = pattern === HONORIFIC && /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}$/u.test(m[1]!) ? m[1]!.split(" ").map(titleCased).join(" ") : m[1]!;
      out.push({ name, role: null, start, end: start + m[1]!.length });
    }
  }
  return out;
}

interface NamePairs {
  /** Each capitalised word's first place as the first of two that end a name ("Hayrulhan Matusun"). */
  firstOf: Map<string, TextSpan & { second: string }>;
  /** Where each capitalised word first follows another word or a hyphen ("Cruz-Angeles", "Trixie Cruz"). */
  secondAt: Map<string, number>;
}

// Two capitalised words that no third follows; a capitalised word after a letter and a space or hyphen.
const WORD_PAIR = /\b(\p{Lu}\p{Ll}[\p{Ll}'’-]+) (\p{Lu}\p{Ll}[\p{Ll}'’-]+)\b(?! \p{Lu})/gu;
const AFTER_WORD = /(?<=\p{L}[ -])\p{Lu}\p{Ll}[\p{Ll}'’-]+/gu;

/** One pass each over the text, rather than a search of it for every name found alone. */
function namePairs(text: string): NamePairs {
  const firstOf = new Map<string, TextSpan & { second: string }>();
  for (const m of text.matchAll(WORD_PAIR)) if (!firstOf.has(m[1]!)) firstOf.set(m[1]!, { start: m.index, end: m.index + m[0].length, second: m[2]! });
  const secondAt = new Map<string, number>();
  for (const m of text.matchAll(AFTER_WORD)) if (!secondAt.has(m[0])) secondAt.set(m[0], m.index);
  return { firstOf, secondAt };
}

// How long a name must be before one letter's difference is read as a misspelling, not another name.
const MISSPELT_LENGTH = 6;

const shapeOf = (word: string) => `${word.length}:${word.slice(0, 2)}`;

/** Two words of one shape (as `shapeOf` files them) that differ in one letter only. */
function oneLetterOff(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++differences > 1) return false;
  return differences === 1;
}

const TITLE_BEFORE_PART = /\b(?:Premier|President|Secretary|Chairman|Chairwoman|Governor|Mayor|Minister|Director|Mr|Mrs|Ms|Dr|Prof|Professor|Comrade)\.? $/;

/** A verb of saying straight after a word: "Islam said". */
const SPEAKS_NEXT = /^ (?:said|says|told|tells|added|recalled|explained)\b/;

function standsAlone(text: string, span: TextSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 20), span.start);
  const after = text.slice(span.end, span.end + 20);
  // ("President Xi", "Mr Li": a title or an honorific before the part is no other name's word.)
  return (!/[\p{Lu}][\p{L}'’-]* $/u.test(before) || TITLE_BEFORE_PART.test(before)) && !/^ [\p{Lu}]/u.test(after) && !/^['’]?[\p{L}]/u.test(after);
}

const CAPS_FIRST_WORD = /^\p{Lu}{3,}(?: \p{Lu}\p{Ll}[\p{Ll}'’-]*){1,2}$/u;

// An e-mail address, or a telephone number by its label or its shape ("(202) 555-0148", "+39 06 5459 2214").
const CONTACT_DETAIL = /[\w.-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\b(?:Tel|Phone|Telephone|Fax|Mobile)\s*[.:]|\(\d{2,4}(?:-\d{1,4})?\) ?\d{3,4}[ -]\d{4}|\+\d{1,3}(?:[ -]\d{1,4}){2,4}/;
const CONTACT_BLOCK_CHARS = 400;
const CONTACTS_HEADING = /^(?:Media|Press|News)? ?[Cc]ontacts?:?$/;
// How many short paragraphs under a "Media contacts" heading are its entries ("Liu Xiaoxue" / "Communication Specialist" / ...).
const CONTACT_ENTRY_PARAGRAPHS = 8;
const CONTACT_ENTRY_WORDS = 8;

/** The paragraphs that give a release's press contacts: those holding an e-mail or a telephone number, and the short ones under a contacts heading. */
function contactParagraphs(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  let under = 0;
  for (const p of paragraphs) {
    // (A long paragraph is neither a heading nor an entry: no need to read it.)
    if (p.end - p.start > CONTACT_BLOCK_CHARS) {
      under = 0;
      continue;
    }
    const paragraph = text.slice(p.start, p.end).trim();
    if (CONTACTS_HEADING.test(paragraph)) {
      under = CONTACT_ENTRY_PARAGRAPHS;
      continue;
    }
    const entry = under > 0 && paragraph.split(/\s+/).length <= CONTACT_ENTRY_WORDS;
    under = entry ? under - 1 : 0;
    if (entry || CONTACT_DETAIL.test(paragraph)) out.push(p);
  }
  return out;
}

export function extractPeople(text: string, paragraphs: readonly Span[], isNotPerson: NameFilter): Person[] {
  const byName = new Map<string, Person>();
  const gluedMentions: (TextSpan & { name: string })[] = [];
  // ("In Beijing: Zhou Lan, (86-10) 5861-7600, lzhou@bank.org", "Liu Xiaoxue / Communication Specialist / Tel: ..."): a
  // release's press contacts, whom the text does not write about.)
  const contacts = contactParagraphs(text, paragraphs);
  for (const found of candidates(text, paragraphs)) {
    const cut = found.byForm ? found : trimmed(found);
    if (cut === null) continue;
    if (contacts.some((p) => p.start <= cut.start && cut.end <= p.end)) continue;
    // ("President Xi Jinpings goal": a possessive that lost its apostrophe is no part of a Chinese name.)
    const lostApostrophe = /s$/.test(cut.name) && personNameForm(cut.name.split(" ")) === null && personNameForm(cut.name.slice(0, -1).split(" ")) === "chinese";
    const c = lostApostrophe ? { ...cut, name: cut.name.slice(0, -1), end: cut.end - 1 } : { ...cut };
    // ("ZHAXI Gobo, a 38-year-old herdsman": a family or first name set in capitals is the name as prose writes it.)
    if (CAPS_FIRST_WORD.test(c.name)) c.name = `${titleCased(c.name.split(" ")[0]!)}${c.name.slice(c.name.indexOf(" "))}`;
    if ((!c.byForm && NOT_NAME_WORDS.has(c.name.split(" ")[0]!)) || isNotPerson(c.name, c)) continue;
    const person = byName.get(c.name) ?? { name: c.name, role: null, affiliation: null, mentions: [] };
    if (person.role === null && c.role !== null && c.role !== "") {
      person.role = c.role;
      person.affiliation = affiliationOf(c.role);
    }
    byName.set(c.name, person);
    if (c.glued) gluedMentions.push({ start: c.start, end: c.end, name: c.name });
  }
  // A one-word name ("Ganakiz") that is also part of a longer name is the longer name's mention.
  for (const name of [...byName.keys()]) {
    if (!name.includes(" ") && [...byName.keys()].some((other) => other !== name && other.split(" ").includes(name))) byName.delete(name);
  }
  // ('"...," said Baiznen' on a page that named Deji Baizhen: a name alone one letter off a part of a
  // fuller name the page gave is that person, misspelt.)
  // (The parts are filed by length and first letters, so each name alone is held against a few, not all.)
  const partsByShape = new Map<string, { part: string; person: Person }[]>();
  for (const person of byName.values()) {
    if (!person.name.includes(" ")) continue;
    for (const part of person.name.split(" ")) {
      const shape = shapeOf(part);
      const filed = partsByShape.get(shape) ?? [];
      filed.push({ part, person });
      partsByShape.set(shape, filed);
    }
  }
  // Other spellings of a person's name the text uses: a misspelling, or the name written joined.
  const misspelt = new Map<Person, string[]>();
  for (const alone of [...byName.values()].filter((p) => !p.name.includes(" ") && p.name.length >= MISSPELT_LENGTH)) {
    // ("said Mamatniyaza" of Mamatniyaz Iminniyazi: a letter added or dropped at the end is a misspelling too.)
    const lengthened = (partsByShape.get(shapeOf(alone.name.slice(0, -1))) ?? []).filter((o) => alone.name.startsWith(o.part));
    // (Filed under the shape of a word one letter longer: the "?" stands for the letter dropped.)
    const shortened = (partsByShape.get(shapeOf(`${alone.name}?`)) ?? []).filter((o) => o.part.startsWith(alone.name));
    const owners = new Set([...(partsByShape.get(shapeOf(alone.name)) ?? []).filter((o) => oneLetterOff(o.part, alone.name)), ...lengthened, ...shortened].map((o) => o.person));
    if (owners.size !== 1) continue;
    const owner = [...owners][0]!;
    byName.delete(alone.name);
    misspelt.set(owner, [...(misspelt.get(owner) ?? []), alone.name]);
  }
  // ("the political leader of Tibet, Sikyong Dr Lobsang Sangay" and then "Sikyong said": a word alone set
  // before an honorific and a person's full name is that person's title, and stands for them.)
  for (const alone of [...byName.values()].filter((p) => !p.name.includes(" "))) {
    for (const at of wholeWordOccurrences(text, alone.name)) {
      const honorific = TITLE_BEFORE_HONORIFIC.exec(text.slice(at.end, at.end + 8));
      if (!honorific) continue;
      const from = at.end + honorific[0].length;
      // (The two to four words after it looked up by name: no pass over all the people per mention.)
      const next = text.slice(from, from + 120).split(/[^\p{L}'’-]+/u);
      const owner = [2, 3, 4].map((k) => byName.get(next.slice(0, k).join(" "))).find((o) => o !== undefined);
      if (owner === undefined) continue;
      byName.delete(alone.name);
      misspelt.set(owner, [...(misspelt.get(owner) ?? []), alone.name]);
      owner.role ??= alone.name;
      break;
    }
  }
  mergeOtherSpellings(byName, text, misspelt);
  const people = [...byName.values()];
  const mentions: (TextSpan & { person: Person })[] = [];
  for (const person of people) {
    for (const name of [person.name, ...(misspelt.get(person) ?? [])]) for (const span of wholeWordOccurrences(text, name)) mentions.push({ start: span.start, end: span.end, person });
    // A transcript's label in capitals ("AMY GOODMAN:") names the same person; so does "ZHANG Qingwei".
    const capitals = person.name.toUpperCase();
    if (capitals !== person.name) for (const span of wholeWordOccurrences(text, capitals)) mentions.push({ start: span.start, end: span.end, person });
    // ("Xi Jinpings goal": the name with a possessive "s" that lost its apostrophe.)
    if (personNameForm(person.name.split(" ")) === "chinese") for (const span of wholeWordOccurrences(text, `${person.name}s`)) mentions.push({ start: span.start, end: span.end - 1, person });
    const [surname, ...given] = person.name.split(" ");
    const surnameFirst = `${surname!.toUpperCase()} ${given.join(" ")}`;
    if (given.length > 0 && surnameFirst !== capitals && surnameFirst !== person.name) for (const span of wholeWordOccurrences(text, surnameFirst)) mentions.push({ start: span.start, end: span.end, person });
  }
  for (const glued of gluedMentions) {
    const person = byName.get(glued.name);
    if (person !== undefined) mentions.push({ start: glued.start, end: glued.end, person });
  }
  // Parts of names standing alone ("Li said", "Ruzi said"), when only one person here bears them.
  const owners = new Map<string, Person[]>();
  for (const person of people) {
    const parts = person.name.split(" ");
    if (parts.length < 2) continue;
    for (const part of parts) owners.set(part, [...(owners.get(part) ?? []), person]);
  }
  for (const [part, bearers] of owners) {
    if (bearers.length !== 1) continue;
    // ("Hui" alone is the people, not Liu Hui; but "Islam said", with Nurgul Islam named, is she speaking.)
    const wordToo = NOT_NAME_WORDS.has(part) || isNotNameWord(part) || isNotPerson(part, { start: 0, end: 0 });
    for (const span of wholeWordOccurrences(text, part)) {
      if (wordToo && !(SPEAKS_NEXT.test(text.slice(span.end, span.end + 12)) && !/\bthe $/i.test(text.slice(Math.max(0, span.start - 4), span.start)))) continue;
      if (standsAlone(text, span) && !mentions.some((m) => overlaps(m, span))) mentions.push({ start: span.start, end: span.end, person: bearers[0]! });
    }
  }
  for (const m of nonOverlapping(mentions)) m.person.mentions.push({ start: m.start, end: m.end });
  // In the order the text first names them.
  return people.filter((p) => p.mentions.length > 0).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
