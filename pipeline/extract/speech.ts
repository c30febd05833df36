// One sentence in, the reporting clauses in it out: who is said to speak ("Li said", "said the
// official", "told the Global Times", "read the release from X", "according to X") and, for
// reported speech, which words are theirs. Offsets are relative to the sentence.
import { HONORIFIC_WORD, personNameForm } from "../text/name-forms.ts";
import type { TextSpan } from "../text/spans.ts";
import { BEFORE_THE_VERB, DATA_NOUNS, LED_STUDY, MADE_BY, SENTENCE_ADVERB, TIME_AFTER_NAME, TITLED_DOCUMENT, WRITERS_OWN } from "./speakers.ts";
import { DAY_AND_MONTH_NAMES, DAY_NAMES, MONTH_PATTERN } from "../normalize/dates.ts";
import { remembered } from "../text/remembered.ts";

export interface ReportingClause {
  speaker: TextSpan;
  /** The reported words, when the clause reports speech ("X said that ...", "..., X said"). */
  content: TextSpan | null;
  kind: "speech" | "according_to";
  /** What describes the speaker's place, set off after the speaker ("Officials in Zhaotong, the Yunnan city ..."): no figure's place. */
  described?: TextSpan;
}

// Verbs that report only with "that" after them ("the survey found that ...": a village found jobs for 300);
// so do "indicated" (a sign indicated growth), "showed" ("He showed Xi three photos"), "revealed",
// "maintained" ("the rate has maintained relatively stable") and the like.
const REPORTS_WITH_THAT = "find|proposed|proposes|recommended|recommends|testified|testifies|replied|replies|responded|responds|answered|cited|found|finds|discovered|discovers|indicated|indicates|indicate|suggest|mentioned|presented|showed|shows|show|expected|expects|projects|projected|required|requires|demanded|demands|revealed|reveals|maintained|maintains|observed|observes|highlighted|highlights|informed|pledged|pledges|promised|promises|vowed|vows|reminds|reminded|regretted|regrets|lamented|laments|complained|complains|cautioned|cautions|reckoned|reckons|conceded|concedes|concede|estimate|acknowledge|acknowledged|acknowledges";
const VERB = new RegExp(`\\b(said|says|say|told|tells|claim|argue|insist|warn|reported|reports|added|adds|noted|notes|stated|states|explained|explains|stressed|stresses|announced|announces|recalled|recalls|read|claimed|claims|wrote|writes|estimated|estimates|argued|argues|insisted|insists|acknowledged|acknowledges|admitted|admits|put|puts|introduced|disclosed|confirmed|confirms|emphasized|emphasised|emphasizes|emphasises|warned|warns|predicted|concluded|concludes|pointed out|points out|tweeted|posted|asserted|asserts|alleged|alleges|declared|declares|commented|remarked|suggested|suggests|believes|believed|thinks|denied|denies|reiterated|reiterates|note|contend|contends|contended|point out|questioned|questions|cites|outlines|underlines|${REPORTS_WITH_THAT})\\b`, "g");
const OPENING_OCCASION = /^(?:Speaking|Addressing|Writing|Talking|Asked|Interviewed|Responding|Commenting) [^,;"“”]{2,80}, /;
const CITES_BEFORE_COLON = /\b(?:cites|cited|quotes|quoted) ((?:the |an? )?\p{Lu}[^:;"“”]{2,80}): (?=\S)/u;
const SHARE_BEFORE = /\d[\d.,]*\s?(?:percent|per cent|%)(?: of (?:them|those|respondents|the [\p{L} -]{1,30}))? $/u;
const SHARE_BEFORE_REACH = 60;
// "X reported that" inside what stands before a later verb: the report, whose subject speaks.
const REPORTED_THAT = /\b(?:reported|reports|said|says|noted|stated|announced|wrote|writes|added) that (?=\S)/gu;
/** "it", "it more bluntly", "it this way": how someone worded what quotation marks then give, after "put". */
// ("put it well", "put it bluntly at a seminar in Guiyang", "put it to me": how, and where or to whom, before the marks.)
export const PUT_IT_MANNER = String.raw`it(?: (?:more |most |rather |quite )?\p{Ll}{2,20}ly| this way| another way| best| well| simply| plainly)?(?: (?:to|at|in|on|during) [^.!?"“”:,]{1,60})?`;
// " it more bluntly: "", " it, "": "put" so reports the words in the marks after it.
const PUT_IT = new RegExp(String.raw`^ ${PUT_IT_MANNER}\s*[:,]\s*["“]`, "u");
// " Thursday.", " on Friday.": the day figures came out, alone after their verb.
const DAY_ALONE_AFTER = /^ (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\W*$/;
const ONLY_WITH_THAT = new RegExp(`^(?:${REPORTS_WITH_THAT})$`);
// "The monthly increase in the amount of foreign investment absorbed fully": a change in figures as the subject.
const TREND_SUBJECT = /\b(?:increase|growth|rise|decline|drop|fall|surge|rebound|recovery|trend|expansion|improvement|change)s?\b[^,.;"“”]{0,80}$/i;
const DOCUMENT_SUBJECT = /\b(?:report|survey|study|paper|data|statistics|figures|census)\b/i;
// ", the report ", ", the 2010 survey ": a document as the subject of a verb set off by commas.
const ASIDE_DOCUMENT = /,\s(?:the|a|its|this) (?:[\p{L}\d-]+ ){0,3}(?:report|survey|study|paper|analysis|research|document|findings|poll|census)\s$/iu;
// ("Sun, could you say more about the stunting figure?": a request to speak reports nothing.)
const NOT_REPORTING = /^ (?:goodbye|hello|yes|no(?= to\b| thanks\b|[,.!;]|$)|farewell|thanks|thank you|sorry|grace|prayers|more (?:about|on)|something about|anything about|a (?:few )?words? (?:about|on)|a little|a bit)\b/i;
// The speaker may carry an apposition to the sentence's end ("said Li Wei, head of the county bureau."):
// the speaker is the name before its comma.
// ("said Nong Jiahua, chairman of the regional government, in his government work report delivered Monday.")
// A title in quotation marks may stand in it ("says the white paper titled "Employment and Labor Rights"").
// ("said researcher Adrian Zenz", "said local officials": a role in lower case, before a name or alone.)
// ("said local poverty-relief cadre Cheng Zhidong": with up to three words before the role.)
// (A role alone ends where the sentence or a place after it does: "said officials paired with 34 households" names none.)
export const SPEAKING_ROLE_NOUN = "economist|researcher|expert|analyst|scholar|professor|official|spokesperson|spokesman|spokeswoman|director|villager|resident|farmer|herder|worker|teacher|activist|lawyer|historian|demographer|anthropologist|sociologist|cadre|secretary|chief|leader|manager|owner|chairman|chairwoman|founder|co-founder|president|coordinator|representative|engineer|doctor|student";
// ("..., said its manager, Dawa Yangzom": a possessive before a role, the body's or person's just named.)
export const SPEAKER_OPENS = String.raw`(?:(?:the|an?)\b|(?:its|his|her|their) (?=(?:[\p{Ll}-]+ ){0,3}(?:${SPEAKING_ROLE_NOUN})\b)|one (?=[\p{Ll}])|[\p{Lu}]|\d{1,3}-year-old (?=[\p{Lu}])|(?:[\p{Ll}-]+ ){0,3}(?:${SPEAKING_ROLE_NOUN}) (?=[\p{Lu}])|(?:[\p{Ll}-]+ ){0,2}(?:officials|experts|residents|villagers|analysts|researchers|sources|authorities|economists|scholars|farmers|herders|workers|observers|critics|activists|locals|diplomats)(?=[,.;!?]|$| (?:in|from|at|of|with) ))`;
// ("..., said Thursday.": a day after the verb says when, never who.)
// (A site's address may end the speaker's apposition: "..., during an exclusive interview with chinagate.cn.")
const HONORIFIC_DOT = new RegExp(String.raw`\b(${HONORIFIC_WORD})\.(?= \p{Lu})`, "gu");
// A post alone after the verb ("its manager", "the township head") and the name set off after it (", Li Ming").
const POST_ALONE = /^(?:the|its|his|her|their|an?|\p{Lu}[\p{L}'’-]*['’]s) (?:[\p{Ll}'’-]+ ){0,4}[\p{Ll}'’-]+$/u;
const NAME_AFTER_POST = /^, (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?=,|[.!?]?["”]?$)/u;
// ("..., said Catherine Moorfield, a development economist."": and the mark closing a quoted passage the sentence ends.)
const SPEAKER_AFTER = new RegExp(String.raw`^ (?!(?:${DAY_AND_MONTH_NAMES})\b)(${SPEAKER_OPENS}(?:[^,.;"“”]|["“][^"“”]{1,80}["”]){0,160}?)(?:, (?:[^,.;"“”]|\.(?=\p{Ll})){1,240}?){0,3}[.!?]?["”]?$`, "u");
// A capitalised title set after a name: "Senior Fellow at ...", "Deputy Director of ...".
// ("Member of the Standing Committee ... and Executive Vice Chairman of ...": two words may stand before the title.)
// ("Trade Minister of Pakistan", "Commercial Counsellor of the Embassy": the words may name the post's field.)
const TITLED = /^(?:\p{Lu}[\p{L}-]+ ){0,2}(?:Member|Fellow|Director|Professor|Lecturer|Researcher|Head|Chairman|Chairwoman|Secretary|Governor|Mayor|Minister|President|Spokesperson|Spokesman|Spokeswoman|Editor|Correspondent|Analyst|Economist|Officer|Commissioner|Representative|Manager|Founder|Dean|CEO|Chief Executive|Chair|Counsellor|Councillor|Attach[eé]|Adviser|Advisor|Consul|Ambassador|Envoy|Coordinator)\b/u;
// "Communist Party of China (CPC) chief of Tibet Autonomous Region", "Xinjiang Party secretary": a body's name, then the post held in it.
// ("Beijing correspondent for the Financial Times": or a place, then a writer's or a scholar's post.)
const BODY_THEN_POST = /^(?:[\p{Lu}(][\p{L}'’().-]*(?: of| and| the| for)* ){1,8}(?:[Pp]arty )?(?:chief|secretary|head|director|governor|chairman|chairwoman|spokesperson|spokesman|spokeswoman|official|leader|mayor|deputy|vice|correspondent|reporter|editor|researcher|professor|fellow|analyst|economist)\b/u;
// ("Zhao Lin, a researcher with the Research Centre for Rural Economy, a think tank under the ministry, said": a post
// held with a named body, itself described after it.)
const POST_WITH_BODY = new RegExp(String.raw`^(?:a|an|the) (?:[\p{Ll}-]+ ){0,3}(?:${SPEAKING_ROLE_NOUN}) (?:of|at|for|with|from|in) (?:the )?\p{Lu}`, "u");
const DATELINE_DASH = /^[^"“”]{0,80} (?:--|—|–) (?=\p{Lu})/u;
const COMPANY_NAME = /^\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,5} (?:Co|Inc|Corp)\.(?:,? Ltd\.?)?$/u;
// ("Wang et al. [14] reported", "Li Hong et al. (2018: 41) found": the work's year and page, or its number in the references.)
const CITED_WORK_AFTER_NAME = /\s\((?:19|20)\d{2}[a-z]?(?:[:,] ?(?:pp?\. ?)?\d{1,4}(?:[-–]\d{1,4})?)?\)$|\s\[\d{1,3}(?:[,–-] ?\d{1,3}){0,4}\]$/;
const COMPANY_FORM_AFTER = /^, (?:Ltd|Inc|LLC|Limited|plc|Pte)\b/;
const AGE_PIECE = /^(?:aged \d{1,3}|\d{1,3} years old)$/;
const DAY_PIECE = new RegExp(`^(?:on )?(?:${DAY_NAMES}|today|yesterday)$`);
const BARE_DAY = new RegExp(`(?<!ed) (?:${DAY_NAMES}|today|yesterday)$`);
const GROUP_AT_PLACE = /^(?:[Tt]he )?(?:(?:local|county|city|provincial|regional|prefecture|township|village|government|party) )?(?:[Oo]fficials|[Aa]uthorities|[Ll]eaders|[Cc]adres|[Rr]esearchers|[Ss]tatisticians|[Pp]lanners) (?:in|of|from|at) (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}$/u;
// The whole of what stands before a verb: a name of up to four words, then an apposition of up to three pieces.
// (Not a dateline, "URUMQI, Jan. 3 (Xinhua) -- ...", nor a phrase setting the scene, "In Binchuan County, ...", "Meanwhile, ...".)
// (A participle and the body it names, set after a person's name: at most six capitalised words, linear.)
const WORKS_FOR = /^(?:working|employed|based|volunteering|teaching|studying) (?:for|at|with|in) (?:the )?\p{Lu}[\p{L}'’&-]*(?: (?:\p{Lu}[\p{L}'’&-]*|of|for|and)){0,5}$/u;
// The nouns of a post a speaker holds: a speaking role's, or an office's.
const POST_NOUN = `${SPEAKING_ROLE_NOUN}|head|deputy|president|mayor|governor|minister|commissioner|chairwoman`;
// "The county head", "Guizhou's party secretary", "a local official": a post with its article or its owner, before a name.
const POST_BEFORE_NAME = new RegExp(String.raw`^(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}-]*['’]s) (?:[\p{L}'’-]+ ){0,3}?(?:${POST_NOUN})$`, "u");
// Capitalised words that open a sentence or clause without being a name ("In Hotan, ...", "The county, ...").
const NOT_A_NAME = "(?!(?:In|On|At|As|When|While|After|Before|For|From|With|By|Since|During|Under|Across|Among|Through|The|This|That|These|Those|But|And|So|Yet|Meanwhile|However|Also|Now|Then|Today|Yesterday|Still|Instead|Moreover|Besides|Overall|Currently|Recently|Previously)\\b)";
const SHORT_NAME = String.raw`${NOT_A_NAME}(?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}`;
const NAME_AND_APPOSITION = new RegExp(String.raw`^${SHORT_NAME}, (?:[^,;"“”—–]{1,160},){1,3}\s*$`, "u");
const NAME_ALONE = new RegExp(`^${SHORT_NAME}$`, "u");
const POST_THEN_DESCRIPTION = /^(?:The|A|An|Its|Their|His|Her) (?:[\p{L}'’-]+ ){0,3}[\p{Ll}'’-]+, (?:an?|the|his|her|their|its) [^,;"“”]{1,80},\s*$/u;
// A post, as the first of two descriptions after a name: "Lu Baoshan, head of the water bureau, the region's chief engineer, said".
const POST_DESCRIBED = new RegExp(String.raw`^(?:(?:the|a|an) )?(?:[\p{L}'’-]+ ){0,3}?(?:${POST_NOUN})(?: (?:of|at|for|in|with|from) [^,;"“”]{1,100})?$`, "u");
// A place's capitalised name, then the word for its level ("Xinjiang Uygur autonomous region", "Gansu Province").
const LEVELLED_PLACE = String.raw`(?:\p{Lu}[\p{L}'’-]*\s){1,4}(?:[Aa]utonomous |[Ss]pecial [Aa]dministrative )?(?:[Rr]egion|[Pp]rovince|[Pp]refecture|[Cc]ounty|[Cc]ity|[Mm]unicipality`;
const PLACE_NAME = new RegExp(`^${LEVELLED_PLACE})$`, "u");
// "... from Shaya county in Aksu prefecture": a phrase that ends on a place (a village's or a town's too).
const PLACE_AT_END = new RegExp(String.raw`\b(?:in|of|from|at) ${LEVELLED_PLACE}|[Vv]illage|[Tt]ownship|[Tt]own)$`, "u");
// ("..., held on Jan 16-20.", "..., which closed on Monday.": what an occasion was, after its name.)
const OCCASION_AFTER_COMMA = /,\s*(?:held|which|organi[sz]ed|hosted|chaired|attended|convened|opened|closed)\b[^,;]{0,80}$/;
// How many pieces set off by commas the speaker before a verb is widened over, back to the name they describe.
const WIDENING_STEPS = 5;
// A document named just before ", which" ("bulletin, which said"), and the words that open the phrase naming it.
const DOCUMENT_BEFORE_WHICH = /\b(?:report|bulletin|survey|study|paper|notice|statement|yearbook|communiqu[eé]|release|document|white paper|census|review|assessment|article)s?(?: (?:by|from|of) [^,;]{2,60})?, which$/i;
const ANTECEDENT_OPENERS = [", ", " is ", " was ", " of ", " from ", " cited ", " quoted ", " read ", " saw ", " in ", " published ", " released ", " issued "];
// ("Premier Li Keqiang's government work report, delivered on Friday, confirmed": when and where a document came out,
// set off before the verb, describes the document.)
const DELIVERED_PIECE = /^(?:delivered|released|published|issued|presented|submitted|unveiled|tabled|made public|read out) (?:on|at|in|to|by|last|this|earlier|during|before)\b/;
const WHAT_SAYS = /^\S.{0,80}? (?:describes|described|documents|documented|details|detailed|records|recorded|lists|listed|cites|cited|outlines|outlined|reports|reported) what ((?:the|a|an|its|their) [^,;"“”]{1,60}|it|they|he|she|\p{Lu}[^,;"“”]{0,60})$/u;
const CAPS_TURN_LABEL = /^(?:(?:Mr|Mrs|Ms|Dr)\.? )?\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}: /u;
const NOUN_OBJECT = /^ (?:a |an |the |its |their |strong |steady |record |further )?(?:progress|growth|increase|rise|decline|drop|gains?|losses?|results?|profits?|cases?|record|surplus|deficit|output|revenue|success|achievements?|plans?|measures?|policies)\b/i;
// How long a phrase set before the speaker may be and still only set the scene ("On Sept. 24", "In Lhasa last week").
const SCENE_WORDS = 5;
const PREPOSITION_START = /^(?:who|which|that|where|whereas|because|although|though|if|once|until|unless|with|in|on|at|from|to|for|by|of|as|after|before|during|under|over|while|when|since|among|amid|despite|through|throughout|across|into|than|and|but|or|nor|so|yet|drawing|based|using|citing|including|excluding|especially|particularly)\b/i;
// The subject after an opening time or place: "the Gansu provincial government", "the county office".
const SUBJECT_AFTER_OPENING = /^[^,]{2,80}, ((?:the|a|an|its|their) (?:[\p{Ll}'’-]+ ){0,3}[\p{Ll}'’-]+|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})$/u;
// ("In a paper last year she estimated that ...": a pronoun after the opening phrase, with no comma between.)
// (Only after a time: in "In 2020 the median wage they reported was ..." the pronoun opens a relative clause.)
const PRONOUN_AFTER_OPENING = /^[^,]{2,60}? (?:year|month|week|time|then|later|earlier|ago|\d{4}) (he|she|they|we)$/;
const ADDED_AMOUNT = /^ (?:(?:an average of|a total of|another|an extra|more than|over|about|around|nearly|almost|some|roughly|at least|up to) )?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds|thousands|dozens) )/u;
const REPORTED_OBJECT = /^ (?:(?:more than|over|about|around|nearly|almost|some|roughly|at least|up to|fewer than|less than) )?(?:\d|\p{Ll}{3,}ing (?:\p{Ll}+ )?(?:more than |over |about |some |nearly )?\d)/u;
const LATER_SUBJECT = /\s((?:the|a|an) (?:[\p{L}'’-]+ ){0,6}(?:office|government|bureau|ministry|department|commission|committee|agency|authorities|officials?|spokes(?:person|man|woman)|report|paper|survey|study|statement|media|company|council|administration|head|director|chief))$/iu;
const CONNECTIVE_BEFORE = /^(?:In addition|Additionally|Moreover|Furthermore|Besides|Meanwhile|Also|However|But|And|So|Therefore|Still|Overall|In total|In all|Now|Today|Currently),\s*$/;
// ("When talking about the cotton he planted, he said ...": the same after "when" or "while".)
export const SCENE_SETTING = /^(?:(?:When|While|After|Upon) (?:talking|speaking|asked|answering|commenting|reflecting|referring)|Speaking|Talking|Asked|Referring|Commenting|Reflecting|Pointing|Looking back|Touching on|Turning to|Responding to|Addressing)\b/;
const ANOTHER_VERB = /\b(?:says|said|say|told|tells|claims?|claimed|argues?|argued|insists?|insisted|reports?|reported|notes?|noted|states|stated|believes?|believed)\b/;
// "said that", "said on Monday that", "said in a statement that": between the verb and "that", nothing
// or a circumstance; not a noun "that" describes ("said the programs that have helped ... will stay").
// ("told the Global Times that", "told reporters that": whom they told, too.)
// ("announced, with little fanfare, that ...": an aside set off by commas may stand before "that" too.)
// ("told reporters at the start of the Forum ..., being held in Manila through Friday, that": where they told them, and an aside.)
const THAT_CLAUSE = new RegExp(String.raw`^(?: (?:on|in|at|to|during|last|this|earlier|later|yesterday|today|recently|also|again|publicly|repeatedly|once|however|nonetheless|though|still|instead|now|further|firmly|strongly|flatly|privately|openly|\p{Lu}\p{Ll}+day|${MONTH_PATTERN}\.? \d{1,2})\b[^.;,"“”]{0,60}?| (?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,5}| (?:reporters|journalists|the (?:paper|newspaper|agency|media|press|audience)|us|him|her|them)(?: (?:at|in|on|during|after|before)\b[^.;"“”]{0,160}?(?:, [^,.;"“”]{1,80},)?)?|, [^,.;"“”]{1,40},)? that `, "u");
// How far before "reports" the verb or word that makes it a noun is looked for (the longest such word and its space).
const NOUN_CUE_REACH = 16;
const ANSWERS_DOCUMENTS = /\b(?:reject|rejects|rejected|deny|denies|denied|dismiss|dismisses|dismissed|refute|refutes|refuted|rebut|rebuts|rebutted|dispute|disputes|disputed|welcome|welcomes|welcomed|confirm|confirms|confirmed|cite|cites|cited|follow|follows|followed|saw|seen|received|condemned|condemns|criticised|criticized|denounced)\s$/;
const MAKES_DOCUMENTS = /\b(?:write|read|reads|publish|publishes|published|file|files|filed|issue|issues|issued|compile|compiles|compiled|submit|submits|submitted|release|releases|produce|produces|produced|draft|drafts|prepare|prepares|prepared|review|reviews|writing|reading|publishing|filing|issuing|compiling)\s$/;
// "the reports say these villagers eventually gave their consent": a clause whose verb is in the past.
const PAST_CLAUSE = /^ (?:the|these|those|this|they|he|she|it|we|its|their|his|her|no|every|each|both|several|[\p{Lu}][\p{L}'’-]*)(?: [\p{L}'’-]+){0,5}? (?:\p{Ll}+ed|gave|got|made|took|went|came|found|left|became|began|saw|lost|paid|sold|spent|built|won|fell|rose|grew|brought|kept|put)\b/u;
const IN_VIEW = /^In (his|her|their) (?:view|opinion|words|eyes|estimation|assessment),\s*(?=\S)/;
const RELATIVE_WITH_SUBJECT = /, (?:which|that) ((?:its|his|her|their|the) [^,;"“”]{1,60}|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})$/u;
const MARKED_LEAD = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]? )?\[[^[\]]{1,30}\] (?=\S)/;
const BARE_RELATIVE_WITH_SUBJECT = / (?:which|that) ((?:its|his|her|their|the) [^,;"“”]{1,60}|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})$/u;
const VERB_AFTER_SAYING = /^ (?:will|would|is|are|was|were|has|have|had|can|could|should|may|might|must)\b/;
// (A name of at most four capitalised words, each of at most 30 letters: linear in the sentence.)
const NOUN_REPORT = /(?<![\p{L}'’])(\p{Lu}[\p{L}.-]{0,30}(?: \p{Lu}[\p{L}.-]{0,30}){0,3})['’]s (?:announcement|claim|assertion|declaration|pledge|statement|insistence|promise) that /gu;
// Where the main clause takes over after what was announced: "... is an epochal event", ", which ...".
const NOUN_REPORT_END = /,|;| (?:is|was|are|were|has been|had been) (?:an?|the|not|also|widely|now|still|hard|difficult|seen|considered|questionable|disputed|doubtful)\b/;
const LEARNED_FROM = /\b(?:[Tt]he|[Tt]his|[Oo]ur) (?:reporter|correspondent|journalist)s? (?:has |have |had )?learn(?:ed|t) from ((?:the |a )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,12}?)(?= that\b|,|$)/u;
// ("according to a survey of 2,400 households by ...": a figure's comma or point ends no source.)
const ACCORDING_TO = /\b(?:according to|as per) ((?:(?:data|figures|statistics|a report|the report|a (?:press )?release|the (?:press )?release|a statement|the statement|a survey|the survey) from )?)((?:[^,.;:]|(?<=\d)[,.](?=\d)){2,200})/gi;
// The verbs figures report by: "figures show", "projections suggest", "data indicated".
const DATA_VERBS = "show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated";
const DATA_VERB = new RegExp(`^(?:${DATA_VERBS})$`);
const DATA_SHOWS_AT_END = new RegExp(String.raw`, ((?:the )?(?:latest |official |new |preliminary |government |provincial )?(?:${DATA_NOUNS})) (?:${DATA_VERBS})\.?$`, "u");
// "..., Chinese state media are reporting.": a source of up to six words closing the sentence in the progressive.
const REPORTING_AT_END = /, ((?:[\p{L}'’-]+ ){0,5}[\p{L}'’-]+) (?:is|are|has been|have been) (?:reporting|saying)\.?$/u;
// A count or share alone, or a survey's tally: "Only 26", "nine", "about half", "10% of interviewees", "A total of 23
// interviewees, accounting for ...". (Not "41 of the 60 families", a group the text names by its count.)
const COUNT_LEAD = "(?:(?:a total of|only|just|about|around|some|over|more than|nearly|almost|another) )?";
// ("Dorje Tsering (多吉次仁), deputy director of ..., yesterday rejected ...": the name may be given in Chinese too, in brackets.)
const NAMED_SUBJECT_SET_OFF = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})(?: \([^()]{1,30}\))?, [^,]{3,120}, \p{Ll}/u;
const COUNT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands|half|(?:a|one|two) thirds?|(?:a|one|three) quarters?|(?:a|one) (?:fifth|tenth)|(?:one|two|three|four|five|nine) in (?:two|three|four|five|ten))";
// ("Surveyed households reported an average net income of ...": those a survey asked, whose answers it reports as its
// findings, no one speaking.)
const SURVEYED_GROUP = /^(?:the )?(?:(?:surveyed|sampled|interviewed|responding|participating) (?:households|families|villagers|herders|farmers|residents|workers|people)|respondents|interviewees)$/i;
// ("Nearly two thirds of the young workers surveyed": a share of those a survey asked, who speak only through it.)
const COUNT_OR_SHARE = new RegExp(String.raw`^(?:accounting for|making up|representing|amounting to) |^${COUNT_LEAD}(?:\d[\d,.]*(?:\s?%| per ?cent)?|${COUNT_WORD})(?: of (?:the |those )?(?:total|(?:[\p{L}-]+ ){0,4}(?:interviewees|respondents|surveyed|interviewed|polled|asked)))?$|^\d[\d,.]*\s?(?:%|per ?cent) |^a total of \d`, "iu");
const QUOTE_CHARS = /["“”]/;
const DAY_AFTER_VERB = /^ (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?= )/;
// (An event or a day, never a place of work: "officials at the ministry" keep their ministry.)
// ("said Qizhala in his government work report delivered at ...": the text the words were said in, too.)
// ("reported China's official Xinhua news agency Nov 24": the day alone, too.)
const CIRCUMSTANCE_AFTER_SPEAKER = new RegExp(String.raw` (?:(?:at|during) (?:the|a|an|its|their|his|her) (?:[\p{L}'’-]+ ){0,3}?(?:session|meeting|conference|briefing|forum|event|ceremony|symposium|seminar|gathering|plenary|hearing|interview|summit)s?\b|in (?:his|her|their|its) (?:[\p{L}'’-]+ ){0,3}?(?:report|speech|address|statement)\b|on (?:${DAY_NAMES})\b|(?:on )?(?:${MONTH_PATTERN})\.? \d{1,2}\b)`, "u");
// How many words a speaker's phrase may have; a made source with what it was about, more.
const SPEAKER_WORDS = 24;
const MADE_SOURCE_WORDS = 40;
// (A line with no full stop, a colon after five words or more, then a name or an acronym of up to four words.)
const HEADLINE_SOURCE = /^(?=.{0,200}$)(?!.*[.!?]["”’]?$)(?:\S+ ){4,30}?\S+: ((?:(?:Dr|Prof|Mr|Ms)\.? )?[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3})$/u;
// "Figures released by the county", "Official statistics": a subject that is data, the only kind "put ... at" reports for.
// "Figures released by the ministry indicate that ...": the plain "indicate" and "suggest" report only for figures; "documents
// indicate", "the results suggest" tell a writer's reading of them.
const FIGURES_SUBJECT = new RegExp(String.raw`\b(?:${DATA_NOUNS})\b[^,.;"“”]{0,80}$`, "i");
const BODY_BEFORE_VERB = /\b(?:Bureau|Office|Ministry|Commission|Department|Administration|Government|government|bureau|office|ministry|agency|Agency|Bank|Institute|Centre|Center|University|Academy)\s$/;
const PUT_AT_NUMBER = /^ [^,.;]{1,80}? at (?:about |around |roughly |some |nearly |almost |more than |over |just over |under |just under )?\d/;
// ("The yearbook puts per capita income ... at around 3,100 yuan": a yearbook's or a bulletin's figures too.)
const DATA_SUBJECT = new RegExp(`\\b(?:${DATA_NOUNS}|estimate|reports?|survey|study|census|tally|count|yearbooks?|bulletins?|records)\\b[^,.;"“”]{0,80}$`, "i");
// "The World Bank", "Xinjiang", "the county office": a subject a reporting clause may interrupt.
// ("Her office, she said, had been told ...": a possessive before the noun as well as "the".)
const INTERRUPTED_SUBJECT = /^(?:(?:The |the )?\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|and|for|the)){0,5}|(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)(?: \p{Ll}+){1,3})$/u;
// ("The governor, speaking through an interpreter, said ...": how the speaker spoke, set off by commas, is no part of who.)
const ASIDE_AT_END = new RegExp(`,\\s*(?:${SENTENCE_ADVERB}|(?:speaking|talking|answering|responding|replying|writing) (?:through|via|in|on|to|at|by|from|over)\\b[^,]{0,60})$`, "i");
// "The Lanzhou railway bureau", "Ms Li": a short name, which a relative clause after it describes.
const RELATIVE_HEAD = /^(?:[Tt]he )?\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,7}$/u;
// ("He says China accounts for around 70% of ...": a named subject and a verb in the present.)
const NAMED_SUBJECT_PRESENT = /^ \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3} \p{Ll}{2,}s (?!of\b)\p{Ll}/u;
// ("Xu said 2,491 villages ... removed their labels": a count may open the clause too.)
const SAID_SUBJECT = /^ (?:the|these|those|this|its|their|his|her|our|there|it|they|we|more|most|some|many|all|about|around|roughly|almost|nearly|over|only|just|\d)/;
// ("He said life dramatically changed after ...", "said farmers earned more": a bare noun, then its verb in the past.)
// ("said average net income from potatoes rose", "said attendance in the rainy season used to fall": a noun with the words
// that qualify it, none of them a conjunction.)
const BARE_SUBJECT_PAST = /^ \p{Ll}{3,}(?: (?!(?:and|or|but|to|that|who|which|he|she|they|we|it|I)\b)[\p{Ll}-]+){0,6}? (?:\p{Ll}{2,}ed|rose|fell|grew|became|began|got|made|took|went|came|left|doubled|tripled|sold|paid|bought|built|spent|lost|won|brought|sent|gave|held|kept|found|ran)\b/u;
// ("a fattened steer now fetches 9,000 yuan", "the government plans to open ...": a subject of a few words, then a verb
// in the present with its "-s", then what it governs.)
const SUBJECT_THEN_PRESENT = /^ (?:[\p{L}\d,.'’%-]+ ){1,5}?(?:now |still |also |only |already |usually )?\p{Ll}{2,}[^s\W]s (?:(?:about|around|some|nearly|more|less|up|over|under|only|almost|at least|to|the|a|an|its|their|his|her)\b|\d)/u;
// ("said job agencies in the southwest often charge fees", "says young graduates rarely stay": a subject, then an adverb of
// frequency or time before its verb; "say apples provide more than 60 percent": a verb, then a quantity.)
const SUBJECT_ADVERB_VERB = /^ (?:[\p{L}\d,.'’%-]+ ){1,6}?(?:often|still|now|rarely|usually|also|never|already|seldom|mostly|typically|generally|increasingly|sometimes|routinely) \p{Ll}{3,}\b/u;
const SUBJECT_VERB_QUANTITY = /^ (?:[\p{L}'’-]+ ){1,5}?\p{Ll}{3,} (?:more than|less than|fewer than|about|around|nearly|almost|roughly|up to|at least|\d)/u;
// ("told us the town now has about 66,000 residents", "told reporters the government plans to ...": whom they told, then a
// clause whose subject is no pronoun; not "told reporters at a briefing" nor "told me the story of the village".)
// ("told Guizhou Daily it had moved ...": a paper by name too.)
const TOLD_WHOM = /^ ((?:(?:our|the|a|an|his|her|their|its|local|visiting|foreign) )?(?:[\p{Ll}-]+ ){0,2}?(?:team|reporters?|journalists?|visitors?|researchers?|us|me|him|her|them) |(?:the )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3} (?=(?:it|they|he|she|we) \p{Ll}))(?!(?:in|on|at|about|during|after|before|with|to|for|by|from|of|as|when|while|how|what|why|whether|that|this week|last)\b)(?=[\p{L}\d])/u;
const TOLD_CLAUSE_WORDS = 10;
const TOLD_WHOM_THEN_CLAUSE = /^ ((?:(?:our|the|a|an|his|her|their|its|local|visiting|foreign) )?(?:[\p{Ll}-]+ ){0,2}?(?:team|reporters?|journalists?|visitors?|researchers?|us|me|him|her|them) )(?:he|she|they|we|I) \p{Ll}{2,}\b/u;
// "surveyed 410 households in Butuo and", "visited the county twice and": a verb in the past, its object, then "and".
const FIRST_VERB_AND = /^(?:\p{Ll}+ed|spent|wrote|made|took|gave|went|met|saw|led|ran|sent|built)\b[^,;"“”]{0,120} and$/u;
const WHO_THE_SPEAKER_IS = /, (?:who|whose)\b.*$/;
const CAPITALISED_POST_THEN_NAME = /^\p{Lu}\p{Ll}+(?: [\p{Ll}-]+){1,3} ((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)$/u;
const ROLE_THEN_NAME = /^(?:[Hh]er|[Hh]is|[Tt]heir|[Oo]ur|[Mm]y|[Tt]he|[Aa]n?) (?:\p{Lu}[\p{Ll}'’-]+ (?=\p{Ll}))?(?:[\p{Ll}-]+ ){1,3}[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2}$/u;
const CLAUSE_VERB = /\b(?:would|will|is|are|was|were|has|have|had|can|could|should|must|may|might|did|does|do)\b/;

/** Where the clause after "told <whom>" starts in `after`, when a clause with its own verb follows whom they told; else null. */
function toldClause(after: string): number | null {
  const whom = TOLD_WHOM.exec(after);
  if (whom === null) return null;
  // (Up to a comma only: in "the story of his village, which was poor" the verb is a relative clause's.)
  const rest = ` ${after.slice(whom[0].length).split(", ")[0]!.split(" ").slice(0, TOLD_CLAUSE_WORDS).join(" ")}`;
  return CLAUSE_VERB.test(rest) || PAST_CLAUSE.test(rest) || BARE_SUBJECT_PAST.test(rest) || SUBJECT_THEN_PRESENT.test(rest) ? whom[1]!.length : null;
}

function trimSpan(text: string, start: number, end: number): TextSpan {
  // ("‘... we are happy,’ she said": a closing single mark is no part of who speaks; nor two apostrophes set as one.)
  // ("'... a generation,' said Catherine Moorfield": nor a straight one before a space, closing a quotation inside another.)
  while (start < end && (/[\s,’‘]/.test(text[start]!) || (text[start] === "'" && (text[start + 1] === "'" || /\s/.test(text[start + 1] ?? " "))))) start += text[start] === "'" && text[start + 1] === "'" ? 2 : 1;
  while (end > start && /[\s,.]/.test(text[end - 1]!)) end--;
  return { start, end };
}

// ("When I visited she told me": a clause of time with no comma after it, then the main clause's pronoun, who speaks.)
export const TIME_CLAUSE_THEN_PRONOUN = /^(?:When|Whenever|After|Before|Once|While|Until|Since)\b[^,;]{1,60}\s(he|she|they)$/u;

/** Index of the last clause separator (comma or quotation mark) before `end`, or -1. */
function lastSeparator(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    // A comma between digits separates thousands, not clauses.
    if (text[i] === "," && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    // ("Kunlun Harvest Technology Co., Ltd., a rural e-commerce platform ...": the comma inside a company's form parts nothing.)
    if (text[i] === "," && COMPANY_FORM_AFTER.test(text.slice(i, i + 8))) continue;
    // ('Mountain Lantern Education Foundation ("Mountain Lantern")': the marks round a short name in brackets part nothing.)
    if ((text[i] === '"' || text[i] === "”") && (text[i - 1] === "(" || text[i + 1] === ")")) continue;
    if (text[i] === "," || text[i] === '"' || text[i] === "”") return i;
  }
  return -1;
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}

// "according to the current standards", "according to the World Bank's international poverty standard"
// cite a rule, not a source; "according to skill level" no one.
const NOT_A_SOURCE = /^(?:the |its |their )?(?:[\w'’]+ ){0,5}(?:standards?|criteria|rules?|regulations?|plans?|polic(?:y|ies)|laws?|requirements?|arrangements?|definitions?|(?:poverty )?lines?|thresholds?|benchmarks?|yardsticks?|rates?|ratios?|indicators?|measures?|methods?|formulas?)\b/i;
// ("Figures from the statistics bureau show per capita disposable income of rural residents reached ...": what figures show,
// a clause whose subject runs to several words, whatever its first.)
// ("Statistics from the bureau show rural residents in Yushu had a per capita disposable income of ...": or had, earned, numbered.)
const SHOWN_CLAUSE = /^ (?:[\p{L}'’-]+ ){1,12}?(?:reached|rose|fell|grew|stood|exceeded|topped|increased|decreased|dropped|declined|climbed|doubled|totalled|totaled|hit|had|has|was|were|earned|received|numbered)\b/u;
// ("Provincial figures show 11 of the 17 counties ...": what figures show may be a count, with no verb of its own.)
const AMOUNT_FOUND = /^ (?:an? |the )?(?:[\p{L}-]+ ){0,5}(?:of|at) (?:(?:about|around|nearly|almost|roughly|some|over|more than|just over|under) )?[\d$¥]/u;
const COUNT_SHOWN = /^ (?:(?:about|around|nearly|almost|roughly|some|only|just|over|more than|fewer than|less than|at least) )?\d/;
// ("I read a China Daily piece saying Tashkurgan moved ...", "an article in the Global Times claiming that ...": a piece an
// outlet ran, named before it or after, and what it says.)
const PIECE_SAYING = /\b(?:[Aa]n?|[Tt]he) (?:(\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}) )?(?:news )?(?:piece|article|story|report|editorial|op-ed|post|notice|statement|study|survey)(?: (?:in|by|from|on) (?:the )?(\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}))? (?:saying|claiming|stating|that said|which said|that claimed|which claimed)(?: that)?,? (?=\S)/u;
// ("A county official, Luo Xinghua, was quoted in Guizhou Daily saying about 92 percent ...": the subject quoted speaks the
// words after "saying"; a post set before the name, or a description after it, is no part of who.)
const QUOTED_AS_SAYING = /^([^,;"“”]{2,80}(?:, [^,;"“”]{2,80}){0,2}?),? (?:was|were|is|are|has been|have been|had been) (?:also |widely |once )?quoted (?:[^,.;"“”]{1,80} )?(?:as )?saying(?: that)?,? (?=\S)/u;
// ("I was told by the county hospital's director, Sonam Wangmo, that referrals fell": who told, in the passive.)
const TOLD_BY_THAT = /\b(?:was|were|been|being) told by ([^,;:"“”]{2,80}(?:, [^,;:"“”]{2,40},)?) that (?=\S)/u;
// ("Long Hui and Shi Yan (2021) report that ...", "The researchers report that ...": "report" the plural verb, opening the
// sentence after its subject; not "the report that ...", the noun.)
const PLURAL_REPORT_THAT = /^((?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?:, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}){0,3},? and \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}|(?:The |the )?(?:researchers|authors|scholars|investigators|economists|officials|residents|villagers|surveyors|analysts)|They)(?: \(\d{4}\))?) report that (?=\S)/u;
const REVEALED_BY = /^(?:This|These|That|Those|The (?:figures?|data|numbers?|statistics)) (?:was|were|has been|have been) (?:revealed|announced|disclosed|stated|reported|made public|released|given) by (?:the )?((?:\p{Lu}[\p{L}'’.-]*)(?: (?:of |and |for )?\p{Lu}[\p{L}'’.-]*){0,7})/u;
const SOURCE_WORD = /\p{Lu}|\b(?:office|department|bureau|ministry|government|administration|report|data|statistics|survey|media|publication|newspaper|paper|broadcaster|outlet|website|officials?|spokes\w+|agency|study|researchers?|experts?|analysts?|sources?|figures|yearbook|bulletin|communiqu[eé]s?|release|statement|announcement|notice|circular|document|committee|commission|authorities|organi[sz]ation|association|company|factory|manager|residents?|villagers?|conference|meeting|session|census|forum|plenary|headquarters|team|centre|center|group|institute|university|hospital|cooperative|union|county|prefecture|province|city|township|district|region|village|cadres?|police|court|school|clinic)\b/u;

// "statistics", "the latest data": figures no one is named as keeping.
// ("according to official figures": a source all the same, as annotators read it.)
const UNNAMED_DATA = new RegExp(`^(?:the )?(?:latest |incomplete |available |relevant |new )?(?:${DATA_NOUNS})$`, "i");

// Reporting verbs spelt as nouns too, and the words that show the noun: "went to projects that ...", "the estimates that ...".
const NOUN_AS_WELL = /^(?:projects|estimates|reports|notes|claims|promises|pledges|shows|findings)$/;
const WORD_BEFORE_NOUN = /(?:^|\s)(?:to|the|a|an|of|for|in|on|with|from|by|at|into|its|their|his|her|our|these|those|such|new|many|other|official|earlier|recent)\s$/i;
const WORD_BEFORE_REACH = 12;
const SOURCE_IN_BRACKETS_AT_END = /\(((?:the )?(?:[\p{L}'’-]+ ){0,6}(?:office|bureau|ministry|commission|department|government|agency|administration|statistics|census|yearbook|Xinhua|Reuters)(?: of (?:the )?\p{Lu}[\p{L}'’ -]{1,40})?)\)\.?$/iu;
// ("Under guidance issued by the Xinjiang Department of Human Resources and Social Security, a worker is recorded as ...":
// the rules a body issued, which give the figures they set.)
const RULES_ISSUED_BY = /\b[Uu]nder (?:the )?(?:guidance|guidelines|rules|regulations|standards|criteria|a notice|the notice) (?:issued|set|published|laid down|drawn up) by ((?:the )?\p{Lu}[^,.;:]{2,120}),/u;
// ("The official line, per the Xinjiang Daily, is that ...": or set off by commas inside the sentence.)
const PER_SOURCE = /, per (?:the )?(\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|the|and|for)){0,8})(?:\.?$|,)/u;
// "(Wang, 2018)", "(Li and Zhou, 2020)", "(Ma et al., 2021)": a work cited by its writers and year, the writers captured.
const CITED_WRITERS = String.raw`\((\p{Lu}[\p{L}'’-]+(?: (?:et al\.|and|&) ?(?:\p{Lu}[\p{L}'’-]+)?)?),? (?:19|20)\d{2}[a-z]?\)`;
const AUTHOR_YEAR_AT_END = new RegExp(`${CITED_WRITERS}$`, "u");
// ("the only earlier study we know of (Wang, 2018) covers 96 households": a study named by its writer and year in brackets
// just after it, the subject of the figures that follow.)
const STUDY_CITED = new RegExp(String.raw`\b(?:study|survey|report|paper|analysis|estimate|fieldwork|census)\b[^()";]{0,40}? ${CITED_WRITERS} (?:covers|covered|finds|found|shows|showed|estimates|estimated|reports|reported|puts|put|counts|counted|surveyed|interviewed|records|recorded)\b`, "u");
const CITATION_AT_END = /\((\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|the|and|for|on)){0,9})(?: et al\.)?, (?:19|20)\d{2}[a-z]?\)\.?$/u;
const KIN_THEN_CLAUSE = /^((?:my|his|her|their|our) (?:[\p{Ll}-]+ ){0,2}?(?:aunt|uncle|mother|father|mum|mom|dad|brother|sister|cousin|wife|husband|son|daughter|grandmother|grandfather|grandma|grandpa|neighbou?r|friend|in-laws|mother-in-law|father-in-law|landlord|boss|colleague)s?)(?= (?:the|a|an|it|they|he|she|we|there|this|that|most|some|many|every) |$)/u;
const OWN_RECORDS = /^(his|her|their) (?:own )?(?:records|figures|data|count|estimates?|notes|accounts|books|tally|calculations?|survey|ledger)$/i;

/** Whether the words after "according to" name a source; after "data from" anything does. */
function namesSource(source: string, citesData: boolean): boolean {
  // ("According to him, approximately 900 people have new jobs": the one named before.)
  if (/^(?:him|her|them)$/i.test(source.trim())) return true;
  // "according to statistics", "according to data": data that no one is named as keeping.
  if (UNNAMED_DATA.test(source.trim())) return false;
  return !NOT_A_SOURCE.test(source) && (citesData || SOURCE_WORD.test(source));
}

/** Whether `post` is a post and `name` the name of whoever holds it, set after it: "The county head", "Li Ming". */
function postAndHolder(post: string, name: string): boolean {
  return POST_BEFORE_NAME.test(post) && NAME_ALONE.test(name) && !CLAUSE_VERB.test(post);
}

/**
 * The name a subject gives with a post or a description set off by a comma ("A county official, Luo Xinghua", "Ma
 * Jinlan, a township official"), or undefined: who speaks, without the words about them.
 */
function namedIn(subject: string): string | undefined {
  const pieces = subject.split(", ");
  if (pieces.length === 2 && postAndHolder(pieces[0]!, pieces[1]!)) return pieces[1]!;
  return NAME_AND_APPOSITION.test(`${subject},`) ? pieces[0]! : undefined;
}

/** Whether the words before a verb are a post and then a name set off by commas: "The county head, Li Ming,". */
function postThenNameBefore(before: string): boolean {
  const pieces = before.trimEnd().replace(/,$/, "").split(", ");
  return pieces.length === 2 && postAndHolder(pieces[0]!.trim(), pieces[1]!.trim());
}

/** Whether a sentence credits what the text has just said to someone ("This was revealed by X ..."). */
export function revealsWhatCameBefore(sentence: string): boolean {
  return REVEALED_BY.test(sentence);
}

/** How a caller reads a sentence's reporting clauses: reportingClauses itself, or a memory of it. */
export type ClausesOf = (sentence: string) => readonly ReportingClause[];

/**
 * reportingClauses, remembered by sentence text for one document: quotes and attribution both read
 * the clauses of nearly every sentence, and working them out is a good part of extraction.
 */
export function rememberedClauses(): ClausesOf {
  // (No bound: one document's sentences, and the memory goes with the document.)
  return remembered(reportingClauses, Infinity);
}

// ("The thing nobody tells you is ...", "much less than what the prefecture says", "Now my own notes.", "easy to say.",
// '..., which tells you': a phrase naming no one, a free relative's "what", the writer's own notes, an infinitive's "to",
// a relative's pronoun alone; none is who speaks.)
const NO_ONE_SPEAKS = /\b(?:nobody|no one|what|whatever)\b|^(?:(?:now|so|then|and|but) )?(?:my|our|his|her|their|your) own$|\sto$|^\W*(?:which|that|who)$/i;

export function reportingClauses(sentence: string): ReportingClause[] {
  const out: ReportingClause[] = [];
  // "1.3M beneficiaries no longer considered 'poor': DSWD", "Govt focus on women: Collector Selvi": a
  // headline that ends on its source after a colon credits that source, as "according to" does.
  const credited = HEADLINE_SOURCE.exec(sentence);
  if (credited) out.push({ speaker: { start: sentence.length - credited[1]!.length, end: sentence.length }, content: null, kind: "according_to" });
  // ("... had been lifted out of poverty (State Council Information Office, 2021).": a paper's citation of its source, its
  // maker and year in brackets, closing the sentence.)
  // ("... since 2016, per Xinhua.", "... at year end (provincial poverty alleviation office)": a list's item closing on
  // its source, after "per" or in brackets.)
  const citation = CITATION_AT_END.exec(sentence) ?? SOURCE_IN_BRACKETS_AT_END.exec(sentence);
  if (citation) out.push({ speaker: { start: citation.index + 1, end: citation.index + 1 + citation[1]!.length }, content: null, kind: "according_to" });
  const study = STUDY_CITED.exec(sentence);
  if (study) {
    const start = study.index + study[0].indexOf(`(${study[1]!}`) + 1;
    out.push({ speaker: { start, end: start + study[1]!.length }, content: null, kind: "according_to" });
  }
  const rules = RULES_ISSUED_BY.exec(sentence);
  if (rules) {
    const start = rules.index + rules[0].length - rules[1]!.length - 1;
    out.push({ speaker: { start, end: start + rules[1]!.length }, content: null, kind: "according_to" });
  }
  const per = PER_SOURCE.exec(sentence);
  const perAt = per === null ? -1 : per.index + per[0].indexOf(per[1]!);
  if (per) out.push({ speaker: { start: perAt, end: perAt + per[1]!.length }, content: null, kind: "according_to" });
  // ("The report also cites the Sichuan Provincial Department of Education: the dropout rate fell ...": the body a document
  // cites before a colon gives the figures after it.)
  const citesColon = CITES_BEFORE_COLON.exec(sentence);
  if (citesColon) {
    const start = citesColon.index + citesColon[0].length - ": ".length - citesColon[1]!.length;
    out.push({ speaker: { start, end: start + citesColon[1]!.length }, content: null, kind: "according_to" });
  }
  // "..., official projections suggest.", "..., official figures show.": figures closing on their source, as "according to" does.
  const shownBy = DATA_SHOWS_AT_END.exec(sentence);
  if (shownBy) {
    const start = shownBy.index + shownBy[0].indexOf(shownBy[1]!);
    out.push({ speaker: { start, end: start + shownBy[1]!.length }, content: null, kind: "according_to" });
  }
  const reporting = REPORTING_AT_END.exec(sentence);
  if (reporting) {
    const start = reporting.index + 2;
    out.push({ speaker: { start, end: start + reporting[1]!.length }, content: trimSpan(sentence, 0, reporting.index), kind: "speech" });
  }
  // "In his view, the pandemic affects the campaign, but ...": the view of whom "his" points back at.
  const view = IN_VIEW.exec(sentence);
  if (view) out.push({ speaker: { start: 3, end: 3 + view[1]!.length }, content: trimSpan(sentence, view[0].length, sentence.length), kind: "speech" });
  // ("recently, this reporter learned from the poverty alleviation Office of Anhui Province, as at December 31, ...":
  // a state paper's way of citing its source.)
  const learned = LEARNED_FROM.exec(sentence);
  if (learned) {
    const start = learned.index + learned[0].length - learned[1]!.length;
    out.push({ speaker: trimSpan(sentence, start, start + learned[1]!.length), content: null, kind: "according_to" });
  }
  // ("This was revealed by Rural Development Minister Kashiram Rana in a conference ...": who made known what the
  // text has just said; the words are those before, so the clause carries no content of its own.)
  const revealed = REVEALED_BY.exec(sentence);
  if (revealed) {
    const start = revealed[0].length - revealed[1]!.length;
    out.push({ speaker: { start, end: revealed[0].length }, content: null, kind: "speech" });
  }
  const quotedSaying = QUOTED_AS_SAYING.exec(sentence);
  if (quotedSaying) {
    const subject = quotedSaying[1]!;
    const holder = namedIn(subject);
    const start = holder === undefined ? 0 : subject.lastIndexOf(holder);
    if (holder !== undefined || wordsIn(subject) <= 8) out.push({ speaker: trimSpan(sentence, start, holder === undefined ? subject.length : start + holder.length), content: trimSpan(sentence, quotedSaying[0].length, sentence.length), kind: "speech" });
  }
  const piece = PIECE_SAYING.exec(sentence);
  const pieceSource = piece?.[1] ?? piece?.[2];
  if (piece && pieceSource !== undefined) {
    const start = piece.index + piece[0].indexOf(pieceSource, piece[0].indexOf(" "));
    out.push({ speaker: { start, end: start + pieceSource.length }, content: trimSpan(sentence, piece.index + piece[0].length, sentence.length), kind: "speech" });
  }
  const reportThat = PLURAL_REPORT_THAT.exec(sentence);
  if (reportThat) out.push({ speaker: trimSpan(sentence, 0, reportThat[1]!.length), content: trimSpan(sentence, reportThat[0].length, sentence.length), kind: "speech" });
  const toldBy = TOLD_BY_THAT.exec(sentence);
  if (toldBy) {
    const teller = toldBy[1]!.replace(/,$/, "");
    const holder = namedIn(teller);
    const start = toldBy.index + toldBy[0].indexOf(teller) + (holder === undefined ? 0 : teller.lastIndexOf(holder));
    out.push({ speaker: trimSpan(sentence, start, start + (holder ?? teller).length), content: trimSpan(sentence, toldBy.index + toldBy[0].length, sentence.length), kind: "speech" });
  }
  for (const m of sentence.matchAll(ACCORDING_TO)) {
    const start = m.index + m[0].length - m[2]!.length;
    // "according to a study seen by the BBC": who saw the source is not the source.
    // ("... by the Center for Global Policy there is ...": the source ends where its clause's own subject starts.)
    const seenBy = /\s(?:seen|obtained|reviewed|leaked to|cited|quoted) by\b|\s(?:seen|obtained) in\b|\sthere (?:is|are|was|were|has been|have been)\b/.exec(sentence.slice(start, m.index + m[0].length));
    let speaker = trimSpan(sentence, start, seenBy ? start + seenBy.index : m.index + m[0].length);
    // "According to the Chairman of the Region, Qiangba Puncog, ...": the name set after the title is the source.
    // ("..., according to the village's Communist party secretary, Mu Xueqing.": and so where the name ends the sentence.)
    const named = /^, ([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,3})(?:,|\.?["”’]?$)/u.exec(sentence.slice(speaker.end));
    if (named) speaker = { start: speaker.end + 2, end: speaker.end + 2 + named[1]!.length };
    // ("According to my aunt the flat was 60 square metres": someone of the writer's, then the clause with no comma between.)
    const kin = KIN_THEN_CLAUSE.exec(sentence.slice(speaker.start, speaker.end));
    if (kin) speaker = { start: speaker.start, end: speaker.start + kin[1]!.length };
    // ("..., according to her records": whose records they are keeps them; the possessive stands for the one named before.)
    const own = OWN_RECORDS.exec(sentence.slice(speaker.start, speaker.end));
    if (own) speaker = { start: speaker.start, end: speaker.start + own[1]!.length };
    if (own || kin || namesSource(sentence.slice(speaker.start, speaker.end), m[1] !== "")) out.push({ speaker, content: null, kind: "according_to" });
  }
  // "Xi Jinping’s announcement that China has abolished absolute poverty is an epochal event": what a named
  // person or body announced, claimed or pledged, said as a noun; the words end before the main clause's verb.
  for (const m of sentence.matchAll(NOUN_REPORT)) {
    const start = m.index + m[0].length;
    const rest = sentence.slice(start);
    const end = NOUN_REPORT_END.exec(rest);
    if (wordsIn(rest.slice(0, end?.index ?? rest.length)) < 3) continue;
    out.push({ speaker: { start: m.index, end: m.index + m[1]!.length }, content: trimSpan(sentence, start, end ? start + end.index : sentence.length), kind: "speech" });
  }
  for (const m of sentence.matchAll(VERB)) {
    const verb = m[1]!;
    const verbEnd = m.index + verb.length;
    const after = sentence.slice(verbEnd);
    // ("22 stated-owned central enterprises", "a well-said point": a verb inside a hyphened word reports nothing.)
    // ("Xizang,[note 1] is a ...": an encyclopedia's note label in square brackets.)
    if (after.startsWith("-") || sentence[m.index - 1] === "-" || sentence[m.index - 1] === "[") continue;
    if (NOT_REPORTING.test(after)) continue;
    // ("Some of the money went to projects that now stand idle": a noun the verb is spelt as, after a preposition or article.)
    if (NOUN_AS_WELL.test(verb) && WORD_BEFORE_NOUN.test(sentence.slice(Math.max(0, m.index - WORD_BEFORE_REACH), m.index))) continue;
    // ("The proportion of the rural poor, estimated at 45.65 per cent, has come down": a participle giving a value.)
    if (/^(?:estimated|put|pegged|valued|reported)$/.test(verb) && /^ at\b/.test(after)) continue;
    // ("more than twice the national rural rate reported for 2013": a participle naming the year a figure stands for.)
    if (/^(?:reported|announced|published|recorded|estimated|released|given)$/.test(verb) && /^ for (?:(?:19|20)\d{2}|the (?:year|period|first|second|third|fourth|same))\b/.test(after)) continue;
    // ("A sharp upward revision ..., announced by the government on Tuesday, means that ...": a participle of the
    // passive after a comma describes the thing announced; no one reports anything with it.)
    if (/^(?:announced|reported|stated|disclosed|confirmed|estimated|released|revealed|cited|noted|presented|published|issued)$/.test(verb) && /^ by\b/.test(after) && /,\s*$/.test(sentence.slice(0, m.index))) continue;
    // ("According to reports, on September 22, ...": a noun after "according to" reports nothing itself.)
    // ("Globally, according to Bank estimates released ...": nor one a few words after it.)
    if (/\baccording to(?: [\p{L}'’-]+){0,4}\s*$/iu.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (verb === "read" && !/^ (?:the|a) (?:release|statement|report|notice|letter)\b/.test(after)) continue;
    // "Bijie reported progress", "the county showed growth": a result reported, not words.
    if (/^(?:reported|reports|showed|shows|show|announced|confirmed)$/.test(verb) && NOUN_OBJECT.test(after)) continue;
    // ("courtyard activities added an average of 2,460 yuan", "the county added 85 workshops": "added" with an amount
    // after it grew something; it reports no words.)
    // ("how much transferred employment added to household income": nor "added to" a thing, said to no one.)
    // ("funds ... added up to more than 120 billion yuan": nor "added up", a sum.)
    if (/^(?:added|adds)$/.test(verb) && (ADDED_AMOUNT.test(after) || /^ to (?!(?:reporters|journalists|the press|me|us|him|her|them)\b)|^ up\b/.test(after))) continue;
    // ("wage income from off-farm jobs explains about 58 percent of the rise": a share accounted for, no words.)
    if (/^explain(?:s|ed)$/.test(verb) && REPORTED_OBJECT.test(after)) continue;
    // ("Leo Lan questioned whether ...": "questioned" reports only a question.)
    if (/^question(?:ed|s)$/.test(verb) && !/^ (?:whether|if|why|how)\b/.test(after)) continue;
    // (Whom they told, or when, may stand before "that": "revealed to Bitter Winter that ...".)
    // ("Official data shows China has lifted ...": figures as the subject show a clause without "that" too.)
    // ("..., recent data from the statistics bureau showed.": figures ending the sentence show what comes before.)
    const before = sentence.slice(0, m.index);
    // ("the national figure tells the same story: ...": a thing telling a story says nothing; the story is the text's.)
    if (/^(?:tells|told)$/.test(verb) && /\b(?:figures?|data|numbers?|statistics|chart|table|map|records?|pictures?|photos?)\b[^,.;]{0,40}$/.test(before) && /^ (?:(?:much|quite|a very) )?(?:a|the|another) (?:(?:same|different|similar|familiar|grim|mixed|other|whole) )?(?:story|tale)\b/.test(after)) continue;
    // ("..., rather than write reports in an office": after a verb that makes or reads them, "reports" is a noun; not so
    // "said" after "the release".)
    // ("... yesterday rejected reports that herders were pushed ...": nor after a verb that answers them.)
    // ("But the same reports list deductions ...": nor after a word that only a noun follows.)
    if (/^(?:reports|notes|claims|estimates|questions)$/.test(verb) && (MAKES_DOCUMENTS.test(before) || ANSWERS_DOCUMENTS.test(before.slice(-NOUN_CUE_REACH)) || /\b(?:the|these|those|such|same|similar|earlier|previous|recent|several|both)\s$/i.test(before.slice(-NOUN_CUE_REACH)))) continue;
    // ("..., customs data showed Thursday.": and the day they came out.)
    // ("Provincial figures show 11 of Liangshan's 17 counties still on the list": or figures they show, a count with no verb.)
    // ("A 2020 survey by a team at Xinjiang University ... found average monthly wages of 2,850 yuan": what a document
    // found, an amount of something, with no "that".)
    const dataShows = (DATA_VERB.test(verb) && DATA_SUBJECT.test(before) && (PAST_CLAUSE.test(after) || SHOWN_CLAUSE.test(after) || COUNT_SHOWN.test(after) || ((/^\W*$/.test(after) || DAY_ALONE_AFTER.test(after)) && /,\s[^,]+\s$/.test(before)))) || (/^(?:found|finds|recorded|records)$/.test(verb) && DATA_SUBJECT.test(before) && (COUNT_SHOWN.test(after) || AMOUNT_FOUND.test(after)));
    // (Closing the sentence, "..., official projections suggest." is DATA_SHOWS_AT_END's.)
    if (/^(?:indicate|suggest)$/.test(verb) && (!FIGURES_SUBJECT.test(before) || /^\W*$/.test(after))) continue;
    // ("The monthly increase in foreign investment fully shows that ...": a change in figures showing something is
    // an inference the text draws, no one's words.)
    if (/^(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|reflects|reflected)$/.test(verb) && TREND_SUBJECT.test(before) && !DOCUMENT_SUBJECT.test(before)) continue;
    // ("The numbers cited in the report show that ...": a participle, not a verb citing.)
    if (verb === "cited" && /^ (?:in|by|as|above|below|earlier|here)\b/.test(after)) continue;
    // ("Work safety remains a problem, the report found, with one third of ...": set off by commas, a document's verb
    // reports the words around it without "that".)
    const documentAside = /^,/.test(after) && ASIDE_DOCUMENT.test(before.slice(-60));
    // ('"Most of them live nearby," Mamat Tohti replied, adding that ...': an answer closing a quotation reports it.)
    const answersQuotation = /^(?:replied|replies|responded|responds|answered|answers)$/.test(verb) && /[,.!?]["”]\s[^"“”]{1,80}$/.test(before);
    if (ONLY_WITH_THAT.test(verb) && !dataShows && !documentAside && !answersQuotation && !/^ (?:to [^,.;"“”]{1,40} |[^,.;"“”]{1,40} )?that\b/.test(after)) continue;
    // ("... found that 38 percent reported lower farm income": those a survey counts as a share, who told it something;
    // the finding is the survey's, no one speaks with that verb.)
    if (SHARE_BEFORE.test(before.slice(-SHARE_BEFORE_REACH))) continue;
    // ("aid is denied to some", "figures were reported"): a verb in the passive names no one speaking before it.
    if (/\b(?:is|are|was|were|be|been|being)\s$/i.test(before.slice(-8))) continue;
    // "Figures released by the county put the number of workers at 46,000": data putting a figure at a value; and
    // ('A village cadre put it more bluntly: "..."', 'As one herder put it, "..."') someone who "put it" so before a quotation.
    // ("Leishan County's own figures put it lower, around 55 percent": figures putting a value higher or lower than another.)
    // ("The Peyzawat County Human Resources Bureau put the average workshop wage at 2,100 yuan": a body putting a figure at a
    // number, its estimate.)
    if (/^puts?$/.test(verb) && !PUT_IT.test(after) && !(DATA_SUBJECT.test(before) && /^ (?:[^,.;]{1,80}? at|it (?:lower|higher|closer|near|nearer|above|below|around|about))\b/.test(after)) && !(BODY_BEFORE_VERB.test(before) && PUT_AT_NUMBER.test(after))) continue;
    // ("the two sessions that concluded recently": a verb in a relative clause reports nothing.)
    if (/\b(?:that|which)\s$/i.test(before.slice(-7)) && !/^(?:said|says|told|tells)$/.test(verb)) continue;
    // ("..., which officials said showed ...": a relative clause with a subject of its own reports on the thing
    // before it, no words of the sentence's.)
    if (/,\s*which (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+\s$/u.test(before.slice(-40))) continue;
    // ("..., the existence of which the government has never acknowledged.": a relative clause on the thing before,
    // its verb reporting nothing of the sentence's.)
    if (/,\s*(?:the [\p{Ll}-]+ )?(?:of|in|by|to|for|about) (?:which|whom)\b[^,;]{0,80}$/u.test(before)) continue;
    // "The government denies that ... and says the transfers ...": a second verb of the same subject.
    const earlier = out.findLast((c) => c.kind === "speech");
    if (earlier !== undefined && / and $/.test(before) && wordsIn(after) > 3) {
      out.push({ speaker: earlier.speaker, content: trimSpan(sentence, verbEnd + (/^ that\b/.test(after) ? 6 : 1), sentence.length), kind: "speech" });
      continue;
    }
    // ("Lhamo Tso, a 44-year-old herder we visited, keeps 23 yaks and said her family earned ...": the second verb of a
    // person the sentence opens on, past the words set off after the name.)
    const namedOpener = earlier === undefined && / and $/.test(before) && wordsIn(after) > 3 ? NAMED_SUBJECT_SET_OFF.exec(before) : null;
    if (namedOpener && /^[^,]*\p{Ll}[^,]* and $/u.test(before.slice(before.lastIndexOf(",") + 1)) && !/[.;:"“”]/.test(before)) {
      out.push({ speaker: trimSpan(sentence, 0, namedOpener[1]!.length), content: trimSpan(sentence, verbEnd + (/^ that\b/.test(after) ? 6 : 1), sentence.length), kind: "speech" });
      continue;
    }
    // "an estimated 1 million adults", "the reported cases": a participle before its noun reports nothing.
    // ("the added value of the primary industry": an adjective.)
    // ("Tibet's industrial added value increased": "added value" is a noun, whatever stands before it.)
    // ("The value added of the primary industry was ...": and "value added" so.)
    // ("well below the required 3 percent that removes them": a participle, whatever "that" follows it.)
    // ("The newly added counties": an adverb may stand between.)
    // ("a quarter of reported income": after a preposition, too.)
    if ((/\b(?:an?|the|its|their|of|in|on|for|from|with)\s(?:(?:newly|recently|officially|previously|widely|publicly|commonly|frequently|initially|originally|formally|repeatedly|most recently) )?$/iu.test(before.slice(-30)) && /^(?:estimated|reported|stated|claimed|revealed|confirmed|announced|added|required|expected|projected|promised|pledged|predicted|cited|mentioned|observed|demanded)$/.test(verb)) || (verb === "added" && (/^ value\b/.test(after) || /\bvalue\s$/i.test(before)))) continue;
    // "The so-called reports released by ...", "recent estimates": a verb that is also a noun, after words that modify a noun.
    // ("China's claims are being challenged": a possessive before the noun too.)
    // ("Wage claims peaked in January", "the reports were false": a noun, whose own verb follows it.)
    if (/^(?:reports|claims|claim|estimates|states|notes|shows)$/.test(verb) && /^ (?:[a-z]{2,}ed|rose|fell|grew|were|was|are|is|have|had|has)\b/.test(after)) continue;
    // ("233 incidents were recorded — slightly higher than the 197 incidents (28.3%) reported in the first half of 2023":
    // a participle after a figure, when and where it was reported, no one reporting.)
    // ("compared with 78 percent recalled for 2015": or what people recalled.)
    if (/^(?:reported|recorded|estimated|registered|announced|stated|recalled)$/.test(verb) && /\d[^,;:"“”]{0,30}$/.test(before) && /^ (?:in|during|by|for|over|at|last|this|since)\b/.test(after) && !/^[^.;]{0,80}\bthat\b/.test(after)) continue;
    // ("also cited estimates that ...": the noun another verb takes.)
    // ("Editor's note: ...": a note, the noun, after a possessive.)
    // ("Chinese state media say the region had ...": "media" before "say" is who speaks, as it is not before "reports".)
    if (/^(?:reports|claims|claim|estimates|states|shows|show|finds|writes|posts|notes|note|highlights|remarked|observes|say|warn)$/.test(verb) && !(/^(?:say|warn)$/.test(verb) && /\bmedia\s$/.test(before)) && /(?:\b(?:cited|cites|quoted|quotes|gave|gives|offered|offers|so-called|the|these|those|such|recent|new|many|several|other|official|media|its|their|our|his|her|any|every|each|no|an?|persistent|numerous|widespread|previous|earlier|credible|unconfirmed|multiple|frequent|various|foreign|western|press|news)|\p{L}['’]s)\s$/iu.test(before.slice(-12))) continue;
    // ("It draws on 63 documents, 14 county work reports and 212 articles": a counted noun, its figure a few words before.)
    if (/^(?:reports|claims|estimates|statements|notes|posts|findings)$/.test(verb) && /\b\d(?:[\d,.]*\d)?(?: \p{Ll}[\p{L}-]*){0,3} $/u.test(before.slice(-40))) continue;
    // ("the values they claim to espouse.": what someone claims to do, a few words at a sentence's end, reports nothing before it.)
    if (/^claim(?:ed|s)?$/.test(verb) && /^ to \S/.test(after) && wordsIn(after) <= 3) continue;
    // ", said the official." or ", read the release from X": the speaker follows the verb.
    // ("..., said Xiao Hong, deputy mayor, adding that \"...\"": who speaks ends where the added words begin.)
    const added = SAYING.exec(after);
    // ("..., said Dr. Yang Qiong, who heads the clinic.": an honorific's stop ends no clause; masked, the places stay.)
    const tail = SPEAKER_AFTER.exec((added ? after.slice(0, added.index) : after).replace(HONORIFIC_DOT, "$1 "));
    // A speaker after the verb is a short noun phrase ("said the official"); a clause with a verb of
    // its own ("..., said the team would stay"), in the name or in what follows its comma, is what a
    // speaker before the verb said.
    // ("said regional authorities at the ongoing session of the People's Congress ... Monday": where and
    // when they said it is no part of who spoke.)
    const spokenBy = tail === null ? "" : tail[1]!.split(CIRCUMSTANCE_AFTER_SPEAKER)[0]!;
    // ('Li Xinnian, the deputy director, said the move "unprecedented" in terms of scale': words in quotation marks are what was said,
    // never who said it; a document's title may be in them, 'says the white paper titled "..."'.)
    // (The title's words do not count towards the speaker's length.)
    // ("..., said Professor Dao Wen of Hill University, who has surveyed 19 villages.": a clause on who the speaker is, after them.)
    const speakerAfter = tail !== null && wordsIn(spokenBy.replace(TITLED_DOCUMENT, "")) <= 12 && !CLAUSE_VERB.test(tail[0].replace(WHO_THE_SPEAKER_IS, "")) && !QUOTE_CHARS.test(spokenBy.replace(TITLED_DOCUMENT, ""));
    // "X, who asked not to be named, said ...": a relative clause just before the verb describes the
    // speaker before it, so the words after the verb are what was said, not who said it.
    // (Not "..., up 24.5 percent, which is 4.1 percent higher than the national rate, said Wang Yue, ...": a clause
    // about a figure, then a name after the verb, which is who speaks.)
    const nameAfter = /^(?:(?:Mr|Ms|Mrs|Dr)\.? )?\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(spokenBy.trim());
    const relativeBefore = /^(?:who|which)\b/.test(before.slice(lastSeparator(before, before.trimEnd().length - 1) + 1).trim()) && !(nameAfter && /\d/.test(before));
    // ("..., shows a group of officials": these verbs take what they show, never who speaks, after them.)
    const takesObject = /^(?:showed|shows|show|put|puts|found|finds|revealed|reveals|indicated|indicates|suggested|suggests|estimated|estimates|predicted|confirmed|confirms|highlighted|highlights|denied|denies|believes|believed|mentioned|presented|disclosed)$/.test(verb);
    // ("‘... we are happy,’ said Li Wei", '"... for work," said Liu, adding that ...': the comma may stand inside a closing mark.)
    // ("'... a generation,' said Catherine Moorfield": a straight single mark, closing a quotation inside another, too.)
    const beforeComma = before.trimEnd().replace(/(?<=,)[’'"”]$/, "");
    // ("Li Wei, a county official, said the county built 40 roads": a name and its apposition before the verb
    // are who speaks; nothing said stands before them.)
    // (Not "Residents, particularly young people, will be encouraged ..., said X": a clause there is what was said.)
    // ("The county head, Li Ming, said the county built 40 roads": a post, then the name set off by commas, too.)
    // ("The manager, a woman named Qubi Ama, said the workshop employs 45 women": a post, then who holds it described.)
    // ("Speaking at the release, Jike Qubu, deputy director ..., said the report drew on ...": how they came to speak, set first, too.)
    const subjectBefore = before.replace(OPENING_OCCASION, "");
    const describedName = (NAME_AND_APPOSITION.test(subjectBefore) || postThenNameBefore(subjectBefore) || POST_THEN_DESCRIPTION.test(subjectBefore)) && !CLAUSE_VERB.test(subjectBefore);
    if (tail && speakerAfter && !takesObject && !relativeBefore && !describedName && verb !== "told" && beforeComma.endsWith(",") && before.trim().length > 0) {
      const start = verbEnd + 1;
      // (The straight single mark that opened it is no part of the words.)
      const content = QUOTE_CHARS.test(before.trimStart()[0] ?? "") ? null : trimSpan(sentence, /^\s*'(?=\p{L})/u.test(before) ? before.indexOf("'") + 1 : 0, beforeComma.length - 1);
      // ("..., said its manager, Dawa Yangzom, a 38-year-old former herder.", "said the township head, Li Ming.": a post,
      // then the name of who holds it set off by a comma; the name speaks.)
      const holder = POST_ALONE.test(spokenBy) ? NAME_AFTER_POST.exec(sentence.slice(start + spokenBy.length)) : null;
      const speaker = holder ? trimSpan(sentence, start + spokenBy.length + 2, start + spokenBy.length + 2 + holder[1]!.length) : trimSpan(sentence, start, start + spokenBy.length);
      out.push({ speaker, content, kind: "speech" });
      continue;
    }
    // "..., introduced He Jing", "..., posted the account": these verbs report only with the speaker after them.
    // ("Wang introduced that by 2020 ...": "introduced" with "that" reports what follows; "..., 29 outside
    // the region, Wang introduced.", ending the sentence, what comes before.)
    if ((verb === "introduced" && !/^ that\b/.test(after) && !/^\W*$/.test(after)) || verb === "posted" || verb === "tweeted") continue;
    // "X said ..." / "X, role, said ...": the speaker is the phrase before the verb.
    // ("Li Chuanxi, a then 54-year-old official, first told ...": an adverb before the verb, after the
    // speaker's apposition, is no piece of who speaks.)
    let head = before.trimEnd().replace(BEFORE_THE_VERB, "");
    if (head.endsWith(",")) head = head.slice(0, -1);
    // ("Wang Hui (2020: 71) estimates that ...": the year and page of the work cited after its writer's name are no part of who speaks.)
    head = head.replace(CITED_WORK_AFTER_NAME, "");
    // ("A 2019 survey (Li and Zhou, 2020) found that ...": the work cited by its writers and year just before the verb; they speak.)
    const citedBefore = AUTHOR_YEAR_AT_END.exec(head);
    if (citedBefore) {
      const start = citedBefore.index + 1;
      out.push({ speaker: { start, end: start + citedBefore[1]!.length }, content: trimSpan(sentence, verbEnd + 1, sentence.length), kind: "speech" });
      continue;
    }
    // ("... is Altay prefecture's own employment bulletin, which said Kazakh residents held ...": the relative pronoun just
    // before the verb stands for the document named before its comma.)
    if (head.endsWith(", which") && DOCUMENT_BEFORE_WHICH.test(head)) {
      const named = head.slice(0, -", which".length);
      const from = Math.max(0, ...ANTECEDENT_OPENERS.map((w) => named.lastIndexOf(w)).map((at, k) => (at < 0 ? 0 : at + ANTECEDENT_OPENERS[k]!.length)));
      out.push({ speaker: trimSpan(sentence, from, named.length), content: trimSpan(sentence, verbEnd + 1, sentence.length), kind: "speech" });
      continue;
    }
    // ("..., which its President Jim Yong Kim said was “historic”": a relative clause with a subject of its own;
    // that subject speaks, and what they said of the thing before is the words after the verb.)
    // ("a scheme that the provincial government says will rehouse 760,000 people": with no comma too, when the
    // words said go on with their own verb, the thing before being its subject.)
    // ("Tianrui Textile Co, which the county's document lists as a recipient, said ...": a relative clause closed by a comma
    // before the verb describes the name before it; that name speaks.)
    const relativeSubject = beforeComma.endsWith(",") ? null : (RELATIVE_WITH_SUBJECT.exec(head) ?? (VERB_AFTER_SAYING.test(after) ? BARE_RELATIVE_WITH_SUBJECT.exec(head) : null));
    if (relativeSubject) {
      const start = relativeSubject.index + relativeSubject[0].length - relativeSubject[1]!.length;
      out.push({ speaker: trimSpan(sentence, start, start + relativeSubject[1]!.length), content: wordsIn(after) >= 2 ? trimSpan(sentence, verbEnd + 1, sentence.length) : null, kind: "speech" });
      continue;
    }
    // "Opposition leader Tejashwi Yadav, however, claimed": a sentence adverb set off by commas is not who speaks.
    const aside = ASIDE_AT_END.exec(head);
    if (aside) head = head.slice(0, aside.index);
    let separator = lastSeparator(head, head.length);
    // ("The Lanzhou railway bureau, which manages the stations in Gansu, Xinjiang, Qinghai and Ningxia, told":
    // a relative clause holding a list of its own; who speaks is the name before it.)
    const relativeAt = Math.max(head.lastIndexOf(", which "), head.lastIndexOf(", who "));
    const described = relativeAt > 0 ? head.slice(lastSeparator(head, relativeAt) + 1, relativeAt).trim() : "";
    if (relativeAt > 0 && separator > relativeAt && !/["“”]/.test(head.slice(relativeAt)) && RELATIVE_HEAD.test(described)) separator = relativeAt;
    // Widen over an apposition or relative clause back to the short name it describes
    // ("Kemu Tursun, a resident of Qianjin, said"; "an official ..., who requested anonymity, told").
    // "Jike Ayi, 35, told", "Dr Helen Marsh, Senior Fellow at the Lowell Institute, said": an age or a
    // title after the name describes the speaker too.
    // (Each step reads the piece between this separator and the one it widened past.)
    let pieceEnd = head.length;
    // (Whether every piece widened past so far is a place set after a place: "..., Yanhe county, Guizhou province, said".)
    let placesOnly = true;
    // Where a group named by its place ends, when what follows describes the place, not who speaks.
    let groupEnd: number | null = null;
    for (let step = 0; step < WIDENING_STEPS && separator > 0; step++) {
      const segment = head.slice(separator + 1, pieceEnd).trim();
      let previous = lastSeparator(head, separator);
      // ("Mountain Lantern Education Foundation, a non-profit ..., today announced": the day set off before the verb is
      // when they spoke, no piece of who did.)
      // ("A former village committee member, aged 61, said": nor an age set off after who spoke.)
      if (step === 0 && (DAY_PIECE.test(segment) || AGE_PIECE.test(segment))) {
        pieceEnd = separator;
        separator = previous;
        continue;
      }
      // ("He Zhihong, 49, a resident of Tudi'ao town, said": an age between the name and its description describes it too.)
      if (/^\d{1,3}$/.test(head.slice(previous + 1, separator).trim()) && previous > 0 && /^\p{Ll}/u.test(segment)) previous = lastSeparator(head, previous);
      // ("''We were happy to move, but ...,'' Losang, 46, says": the closing marks a page set as two apostrophes are no part of the name.)
      // ("Liang Xin (a pseudonym), a longtime charity worker ..., told": an aside in brackets after the name is no part of it.)
      // ("CHENGDU, China, Sept. 8, 2023 /PR Wire Asia/ -- Mountain Lantern Education Foundation": a dateline's last piece
      // runs on into the name after its dash.)
      const previousPiece = head.slice(previous + 1, separator).trim().replace(/^(?:''|['’"”])\s*/, "").replace(/, \d{1,3}$/, "").replace(/\s\([^()]{1,40}\)$/, "").replace(DATELINE_DASH, "");
      // ("Tongren - where 700 residents moved in 2018 -": a place and an aside about it, set in dashes.)
      // ("Xinjiang vice chairman Alken Tuniaz, asked at a briefing for an account of ..., said": how the speaker came
      // to speak, set off by commas, is no part of who speaks.)
      // ("One former herder from Nagchu, now in Dharamsala, said": where the speaker is now describes them too.)
      // ("A household survey led by Luo Jianping, covering 1,460 households in 2019, found": what a study covered, set off by
      // commas, describes the study.)
      const relative = /^(?:who|which)\b/.test(segment) || /^(?:covering|involving|spanning|surveying|sampling|polling) /.test(segment) || /^(?:now|formerly|currently|still) (?:in|at|living|based|working|exiled)\b/.test(segment) || /\s[-–—]\s+(?:where|which|who|when)\b/.test(segment) || (step === 0 && /^(?:asked|speaking|interviewed|responding|commenting|reached|contacted|addressing) (?:at|to|by|on|about|in|for|during|after|a|an|the)\b/.test(segment)) || (step === 0 && DELIVERED_PIECE.test(segment));
      // ("a new report from C4ADS, a nonprofit group ..., says": a phrase ending in a name is described too.)
      // ("The report, released on Monday by the River Institute, pointed out": a document, then who made it.)
      // ("Peter Kagwanja, CEO of the Africa Policy Institute, a regional think tank, said": a title of a named body, itself after a name.)
      // ("Preliminary data from the seventh national census, conducted in 2020, showed": figures and who made them, described.)
      // ("Guo Yi, working for Open Hands, a migrant workers' group, said": a body a participle names is described too.)
      // ("The People's Daily article, jointly published by two Tibetology experts, said": an outlet's piece, then who wrote it.)
      // ("But a survey of 312 families by researchers at X, published in March, found": as without the conjunction.)
      const described = previousPiece.replace(/^(?:But|And|Yet|So) (?=(?:the|a|an) )/, "");
      // ("Officials in Zhaotong, the Yunnan city with the largest relocated population, said": a group named by where it
      // works, the place then described.)
      const groupAtPlace = GROUP_AT_PLACE.test(described);
      // ("Her neighbour Lhakpa Tsamchoe, a former yak herder, said": who the name is to someone, then the name, described.)
      // ("Team leader Chen Lihua, a cadre from the regional agriculture department, said": a post in lower case, then the name.)
      const postThenPerson = CAPITALISED_POST_THEN_NAME.exec(previousPiece);
      const namedBefore = ROLE_THEN_NAME.test(previousPiece) || (postThenPerson !== null && personNameForm(postThenPerson[1]!.split(" ")) !== null) || /^(?:[Tt]he|[Aa]n?) (?:[\p{L}'’-]+ ){0,3}?(?:report|study|survey|paper|analysis|document|article|editorial|commentary)$/u.test(described) || groupAtPlace || WORKS_FOR.test(described) || MADE_BY.test(described) || (TITLED.test(previousPiece) && / (?:of|at|for|with|from) (?:the )?\p{Lu}/u.test(previousPiece)) || POST_WITH_BODY.test(previousPiece) || /^(?!(?:In|On|At|From|For|By|With|After|Before|During|Since|Under|Across|Near|Outside|Inside|Of|To|Like|As|Throughout|Beyond)(?:\s|$))(?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3}$/u.test(previousPiece) || /^\p{Lu}\.\p{Lu}\.(?:\p{Lu}\.)?$/u.test(previousPiece) || COMPANY_NAME.test(previousPiece) || /^(?:the )?[\p{Lu}][\p{L}'’-]*(?: (?:[\p{Lu}][\p{L}'’-]*|and|the|of|autonomous|special|administrative|province|region|county|city|prefecture)){0,8} (?:province|region|county|city|prefecture|government|ministry|office|bureau|department|commission)$/u.test(previousPiece) || (/^(?:[Bb]ut |[Aa]nd )?(?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:report|study|survey|paper|analysis) (?:from|by|of) [\p{Lu}][\p{L}\p{N}'’-]*(?: [\p{Lu}][\p{L}\p{N}'’-]*){0,3}$/u.test(previousPiece));
      // (A clause a subordinating word opens, "where a new report says", describes nothing before it.)
      // ("The World Bank, he said, ...": a pronoun is who speaks, never a description of the name before it.)
      // ("Additionally, the Chinese government also claimed": a connective opening the sentence describes no one.)
      // ("Lu Baoshan, head of the water bureau, the region's chief engineer, said": a second description of the name two pieces back.)
      const secondDescription = previous > 0 && /^\p{Ll}/u.test(previousPiece) && POST_DESCRIBED.test(previousPiece) && NAME_ALONE.test(head.slice(lastSeparator(head, previous) + 1, previous).trim());
      // ("The county head, Li Ming, said ...", "Guizhou's party secretary, Zhao Kezhi, said": a post, then the name of
      // whoever holds it set off by commas; the two are one speaker.)
      const postThenName = step === 0 && postAndHolder(previousPiece, segment);
      const apposition = (namedBefore || secondDescription) && !CONNECTIVE_BEFORE.test(`${previousPiece},`) && !/^(?:where|when|while|as|because|if|although|though|whereas|after|before|since|until)\b/i.test(segment) && !/^(?:he|she|they|it|we|I)$/i.test(segment) && (/^\p{Ll}/u.test(segment) || /^\d{1,3}$/.test(segment) || TITLED.test(segment) || BODY_THEN_POST.test(segment));
      // ("Cotton growers from Shaya county in Aksu prefecture, Xinjiang Uygur autonomous region, said": a place
      // set after a place only says where that place is.)
      // (Only the piece just before the verb, after words with no verb: in "... are lifting incomes in Burqin County,
      // Altay Prefecture, the county government said" the place ends what was said.)
      // ("The group, working with the Red Cross, said": a participle naming a body describes what stands before it.)
      const participleOf = WORKS_FOR.test(segment) && /^(?:[Tt]he|[Aa]n?) [\p{L}'’-]+(?: [\p{L}'’-]+){0,3}$/u.test(previousPiece);
      // ("Ayhan Tursun, a cotton farmer in Shaya County, Xinjiang, told": a region's bare name after a description ending on a place.)
      const regionAfterDescription = /^\p{Lu}\p{Ll}{2,}$/u.test(segment) && /^\p{Ll}/u.test(previousPiece) && PLACE_AT_END.test(previousPiece);
      const placeGoesOn: boolean = placesOnly && (PLACE_NAME.test(segment) || regionAfterDescription) && (PLACE_AT_END.test(previousPiece) || PLACE_NAME.test(previousPiece)) && !CLAUSE_VERB.test(previousPiece);
      if (!relative && !apposition && !participleOf && !placeGoesOn && !postThenName) break;
      groupEnd = apposition && groupAtPlace ? separator : groupEnd;
      placesOnly &&= placeGoesOn;
      pieceEnd = separator;
      separator = previous;
    }
    let speaker = trimSpan(sentence, separator + 1, groupEnd ?? head.length);
    // ("But a new report from C4ADS, ..., says": the conjunction opening the sentence is not who speaks.)
    // ("- Official figures say ...": a list's mark before its item is no part of who speaks, nor is the conjunction.)
    const opener = /^(?:[-–•*·] )?(?:(?:But|And|Yet|So) (?=(?:the|a|an) |\p{Lu}))?/u.exec(sentence.slice(speaker.start, speaker.end));
    if (opener) speaker = { start: speaker.start + opener[0].length, end: speaker.end };
    // ("The report documents what the rights group says are ...", "Amnesty describes what it calls ...": who says is
    // the subject after "what", the clause before it only frames the words.)
    const whatSays = WHAT_SAYS.exec(sentence.slice(speaker.start, speaker.end));
    if (whatSays) speaker = { start: speaker.end - whatSays[1]!.length, end: speaker.end };
    // "URUMQI, Nov. 14 (Xinhua) -- Northwest China's Xinjiang ... announced": the dateline is not the speaker.
    // ("BEIJING (Reuters) - Authorities in ...": a hyphen after the wire's name in brackets ends the dateline too.)
    const dash = / (?:--|—|–) (?=\S)|(?<=\)) - (?=\S)/.exec(sentence.slice(speaker.start, speaker.end));
    if (dash) speaker = trimSpan(sentence, speaker.start + dash.index + dash[0].length, speaker.end);
    // "Question: Some reports say ...": a turn's label before its colon is not who speaks.
    const label = sentence.slice(speaker.start, speaker.end).lastIndexOf(": ");
    if (label >= 0) speaker = trimSpan(sentence, speaker.start + label + 2, speaker.end);
    // ("01:16 [Caption] The county government says ...": a video transcript's time and its bracketed label before who speaks.)
    const marked = MARKED_LEAD.exec(sentence.slice(speaker.start, speaker.end));
    if (marked) speaker = trimSpan(sentence, speaker.start + marked[0].length, speaker.end);
    // ("People's Daily reported that China's Premier Li Keqiang said ...": who speaks is the subject of the report's words.)
    let reportedThat: RegExpExecArray | null = null;
    for (const m of sentence.slice(speaker.start, speaker.end).matchAll(REPORTED_THAT)) reportedThat = m;
    if (reportedThat) speaker = trimSpan(sentence, speaker.start + reportedThat.index + reportedThat[0].length, speaker.end);
    // "On Saturday the Gansu provincial government announced": the time before the speaker is not the speaker.
    // ("In Tongwei county, the station told me": or whoever stands after the opening phrase's comma.)
    const leading = sentence.slice(speaker.start, speaker.end);
    const opened = PREPOSITION_START.test(leading) ? (LATER_SUBJECT.exec(leading) ?? SUBJECT_AFTER_OPENING.exec(leading) ?? PRONOUN_AFTER_OPENING.exec(leading)) : null;
    if (opened) speaker = { start: speaker.start + opened.index + opened[0].length - opened[1]!.length, end: speaker.end };
    // "as Guizhou province announced on Monday that ...": a clause's own named subject, after its conjunction.
    const conjunction = opened ? null : /^(?:[Aa]s|[Ww]hen|[Ww]hile|[Bb]ecause|[Aa]lthough|[Tt]hough|[Oo]nce|[Ii]f) (?=\p{Lu})/u.exec(sentence.slice(speaker.start, speaker.end));
    if (conjunction) speaker = { start: speaker.start + conjunction[0].length, end: speaker.end };
    // "... smiling broadly as he announces that": a clause's own subject, after its conjunction.
    // (After a comma and a conjunction, a named subject too: "..., according to the BBC, and China Daily
    // reports ...", "... even though the Chinese government says ...", but not a place inside a relative clause.)
    const spoken = sentence.slice(speaker.start, speaker.end);
    const subject =
      /\b(?:as|and|while|when|but|so|then|before|after|because|until|where)\s+(he|she|they|we|I|it)$/i.exec(spoken) ??
      TIME_CLAUSE_THEN_PRONOUN.exec(spoken) ??
      (/,\s*(?:who|which)\b/.test(spoken) ? null : /(?:^|, |\beven )(?:and|but|while|whereas|though|although) ((?:the|a|an) [^,;]{1,60}|(?:[\p{Ll}-]+ )?(?:research|data|analysis|evidence|figures|estimates) (?:by|from|of) [^,;]{1,60}|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,4})$/u.exec(spoken));
    // ("A township drew ridicule this week after a now-deleted WeChat article claimed that ...": a clause a time word
    // opens, its subject a noun phrase, is who speaks; the main clause before it only sets the scene.)
    const clauseSubject = subject ? null : / (?:after|before|when|because|until|once|whereas) ((?:the|a|an) (?:[\p{L}'’-]+ ){0,4}(?!(?:he|she|they|it|we|I)$)[\p{L}'’-]+)$/u.exec(spoken);
    // ("Human Rights Watch released a report on ... on Tuesday and the report states": a document, the subject of
    // the second clause, is who speaks, with no comma before "and"; "China has the world's third largest economy
    // but a report says ...".)
    const documentAfterAnd = subject || clauseSubject ? null : / (?:and|but) ((?:the|this|that|its|a|an|one) (?:[\p{Ll}-]+ ){0,2}(?:report|study|statement|survey|document|paper|article|notice|analysis))$/u.exec(spoken);
    const subjectFound = subject ?? clauseSubject ?? documentAfterAnd;
    if (subjectFound) speaker = { start: speaker.end - subjectFound[1]!.length, end: speaker.end };
    // "The report also insists": an adverb before the verb is not part of who speaks.
    const adverb = BEFORE_THE_VERB.exec(sentence.slice(speaker.start, speaker.end));
    if (adverb) speaker = { start: speaker.start, end: speaker.end - adverb[0].length };
    // ('Western "researchers" again 🙄 Xinhua reported': words after a closing quotation mark, before the name.)
    const strayLead = /["”]/.test(head[separator] ?? "") ? /^(?:(?!(?:the|an?)\s)[^\s\p{Lu}]\S*\s+){1,4}(?=\p{Lu})/u.exec(sentence.slice(speaker.start, speaker.end)) : null;
    if (strayLead) speaker = { start: speaker.start + strayLead[0].length, end: speaker.end };
    // ("BEIJING, (APP - ... - 3rd Sep, 2019) :A Chinese foreign ministry Tuesday said": the end of a dateline's
    // bracketed credit before who spoke.)
    const creditEnd = /^[^()]{0,60}\)\s*(?::|--|—|–|-)\s*(?=\p{Lu})/u.exec(sentence.slice(speaker.start, speaker.end));
    if (creditEnd) speaker = { start: speaker.start + creditEnd[0].length, end: speaker.end };
    // ("A Chinese foreign ministry Tuesday said": the day set between who spoke and the verb; not the day a
    // document came out, "the report published Monday".)
    const bareDay = BARE_DAY.exec(sentence.slice(speaker.start, speaker.end));
    if (bareDay) speaker = { start: speaker.start, end: speaker.end - bareDay[0].length };
    // ("A researcher, Dr. Helen Marsh at the University of Leeds, surveyed 410 households and told a webinar that ...":
    // a first verb and its "and" before the reporting one; who did both stands before the comma.)
    if (FIRST_VERB_AND.test(sentence.slice(speaker.start, speaker.end)) && /, $/.test(sentence.slice(0, speaker.start)) && speaker.start > 2) {
      speaker = { start: 0, end: speaker.start - 2 };
    }
    // ("A ministry spokeswoman praised the plan on Monday and stated": who did the first thing, before
    // its day is read as the circumstance of speaking.)
    const doer = doerBeforeAnd(sentence.slice(speaker.start, speaker.end));
    if (doer) speaker = { start: speaker.start, end: speaker.start + doer.end };
    // ("regional authorities at the ongoing session of the People's Congress ... announced": the event is no part of who spoke.)
    const circumstance = CIRCUMSTANCE_AFTER_SPEAKER.exec(sentence.slice(speaker.start, speaker.end));
    // ("The report, released on Monday by the River Institute": a day before who made a document is no circumstance of speaking.)
    if (circumstance && circumstance.index > 0 && !/\bby\b/.test(sentence.slice(speaker.start + circumstance.index, speaker.end))) speaker = { start: speaker.start, end: speaker.start + circumstance.index };
    // ("The report said the TAR's poverty alleviation office announced Dec 23 that ...": the inner verb's subject
    // is the words after the outer verb, which reports the whole.)
    const inner = OUTER_REPORT.exec(sentence.slice(speaker.start, speaker.end));
    if (inner) speaker = { start: speaker.end - inner[1]!.length, end: speaker.end };
    // ('... states Chinese officials “misleadingly claim that ...”': a quotation opened before the verb holds words
    // said, never who said them; who speaks ends at its mark.)
    const opening = /\s*[“"]/.exec(sentence.slice(speaker.start, speaker.end));
    if (opening && opening.index > 0 && !/[”"]/.test(sentence.slice(speaker.start + opening.index + opening[0].length, speaker.end))) speaker = { start: speaker.start, end: speaker.start + opening.index };
    // ('Writing in 2019, the anthropologist Jikre Amu described the campaign as "...", and noted that ...': a second verb
    // after "and" has the sentence's subject, past its opening phrase.)
    const andSubject = /^(?:and|but)$/.test(sentence.slice(speaker.start, speaker.end)) ? pastSubject(sentence.slice(0, speaker.start)) : null;
    if (andSubject) speaker = andSubject;
    const speakerWords = sentence.slice(speaker.start, speaker.end);
    // "A government-backed programme of forced labour, it's claimed": said by no one named.
    // ("It can be said that ...": nor is that.)
    if (/^(?:it's|it’s|it is|it was|it has been|it (?:can|could|may|might|must|should|will|would)(?: also)? be)$/i.test(speakerWords)) continue;
    // "she ran between houses to change bulbs ... Phone calls", "What it", "China doesn't": a clause, a
    // question word or a denial is no one reported as speaking.
    // ("Let us take a look at what they said": a clause about speech, whoever "they" are.)
    // ("He Zhihong, 49, said": He is a surname before a capitalised given name.)
    if ((/^(?:he|she|they|we|I|it)\s+\S/i.test(speakerWords) && !/^He \p{Lu}\p{Ll}/u.test(speakerWords)) || /^(?:what|which|how|why|where|when)\b/i.test(speakerWords) || /\b(?:what|how|why)\s+(?:he|she|they|we|I|it|you)$/i.test(speakerWords) || /\b(?:doesn['’]t|don['’]t|didn['’]t|hasn['’]t|haven['’]t|won['’]t|can['’]t|never|not)$/i.test(speakerWords)) continue;
    // ("Did they say what the land would be used for?", "does that mean ...": a question's auxiliary before its subject reports nothing.)
    if (/^(?:did|do|does|will|would|could|can|should|shall|has|have|had|is|are|was|were)\s+(?:they|he|she|you|we|I|it|that|this|the\b|\p{Lu})/iu.test(speakerWords) && /\?\s*$/.test(sentence)) continue;
    // "(I can honestly say", "(3) The coincidence ... is": words in brackets are an aside or a list's item.
    if (/^\(/.test(speakerWords)) continue;
    // ("Some reports say": a quantifier alone is the subject of a noun, "reports", not of a verb; "This shows
    // that ...": a demonstrative alone points at the writer's own reasoning, no one who speaks.)
    // ("The estimate that 40 households left": an article alone before a verb's form is the article of a noun.)
    if (/^(?:some|many|most|several|few|all|these|those|other|such|this|that|the|a|an|its|their|his|her|our)$/i.test(speakerWords.trim())) continue;
    // "Please say which outlet you are from": a request, not a report.
    if (/^(?:please|kindly|let|let's|let’s|just|simply|also|so|now|only|even|still|often|always|never|really|actually|generally|usually|would|could|should|might|must)$/i.test(speakerWords.trim())) continue;
    // ("A total of 23 interviewees, accounting for 28.8% of the total, said", "nine said", "Only 26 said": a count of
    // those asked is a survey's finding, no one speaking; "the result of our survey conducted later shows": the writers' own.)
    // (Not "Our township school told me", a body the speaker calls theirs.)
    const trimmedSpeaker = speakerWords.trim();
    const ours = /^(?:(?:the )?\p{Ll}+ (?:of )?)?(?=our\b)/iu.exec(trimmedSpeaker);
    if (COUNT_OR_SHARE.test(trimmedSpeaker) || (SURVEYED_GROUP.test(trimmedSpeaker) && /^report(?:ed|s)?$/.test(verb)) || (ours !== null && WRITERS_OWN.test(trimmedSpeaker.slice(ours[0].length)))) continue;
    const words = wordsIn(speakerWords);
    // A speaker is a noun phrase: no clause of its own ("he was ambushed by ..., who told him"), and
    // never a phrase a preposition opens ("with an average growth of 8.9 percent").
    // (A relative clause in an apposition may hold its own verb: "..., two border areas that are home to ..., announced".)
    // (Nor a list's items, "... of 124 poor villages; planted economic forest of 880,000 mu, added ...": a semicolon or a count in thousands names no one.)
    // ("A research by the Department of ... on the employment intentions of ... showed that": a made source
    // and what it was about may run longer; who made it is read from its start.)
    // ("A survey of 3,200 relocated households by ... found that": a made source may count what it covered.)
    // ("A household survey led by Professor Luo Jianping of Guizhou University found that": or one led by someone.)
    const madeSource = MADE_BY.test(speakerWords) || LED_STUDY.test(speakerWords);
    if (words === 0 || words > (madeSource ? MADE_SOURCE_WORDS : SPEAKER_WORDS) || /;/.test(speakerWords) || (!madeSource && /\d{1,3}(?:,\d{3})+|\d{5,}/.test(speakerWords)) || PREPOSITION_START.test(speakerWords) || /\b(?:was|were|is|are|been|had|have|has)\b/.test(speakerWords.replace(/\b(?:that|which|who)\b[^,]*/g, ""))) continue;
    let content: TextSpan | null = null;
    // ("X said A even though the government says that B": that "that" is the other verb's.)
    // ("told new teachers that", "told me last week that": after "told", whoever was told, and when.)
    // ("cited estimates that", "found evidence that": what a verb that reports only with "that" took stands before it.)
    // ("told us the town now has ...": where the clause after whom they told starts, read once.)
    const toldAt = verb === "told" ? toldClause(after) : null;
    const thatMatch = THAT_CLAUSE.exec(after) ?? (/^(?:told|tells|informed|assured|reminded|warned)$/.test(verb) ? /^ [^.;,"“”]{1,80}? that /.exec(after) : ONLY_WITH_THAT.test(verb) ? /^ (?:[\p{L}'’-]+ ){1,4}?that /u.exec(after) : null);
    // ("..., its governor said during the two sessions that concluded recently.": a "that" with two words
    // after it, behind words already said before the speaker, opens a relative clause, not the words said.)
    const relativeThat = thatMatch !== null && separator > 0 && head[separator] === "," && wordsIn(after.slice(thatMatch[0].length)) < 4;
    const that = thatMatch && !relativeThat && !ANOTHER_VERB.test(thatMatch[0].slice(0, -6)) ? thatMatch : null;
    // "X said that ..." reports what follows; "..., X said." (or "..., X said, noting ...") what precedes.
    if (that) {
      // "As X announced that A, B ...": the clause the conjunction opened ends at its comma.
      const clauseEnd = conjunction && speaker.start === conjunction[0].length ? sentence.lastIndexOf(", ") : -1;
      content = trimSpan(sentence, verbEnd + that[0].length, clauseEnd > verbEnd + that[0].length ? clauseEnd : sentence.length);
    }
    // "In addition, he said, 752 enterprises have emerged": a reporting clause set between commas.
    // (After a connective only: in "Every family has a job, he said, and ..." the words before are said too.)
    else if (CONNECTIVE_BEFORE.test(sentence.slice(0, speaker.start)) && after.startsWith(",") && wordsIn(speakerWords) <= 4 && CLAUSE_VERB.test(after)) content = trimSpan(sentence, verbEnd + 1, sentence.length);
    // ("He spends his days, he said, walking between the gate and the shop": a pronoun's reporting words set off by commas
    // inside a sentence that runs on around them; all of it is what was said.)
    // (Not where a source or a quotation follows: "..., she added, according to Xinhua.", '..., he said, "but ..."'.)
    else if (after.startsWith(",") && !SAYING.test(after) && !/^, (?:according|as|in|on|at|during|after|before|with|from|for|by|to|citing)\b/.test(after) && !/^,\s*["“]/.test(after) && /^(?:he|she|they)$/.test(speakerWords.trim()) && separator > 0 && head[separator] === "," && wordsIn(after) >= 3) content = trimSpan(sentence, 0, sentence.length);
    // "The World Bank, he said, has been working with China": the clause runs on around its reporting words.
    // (What stands before is a name or "the" and a noun or two, never a clause: "It also requires support, Shen said, adding ...".)
    else if (after.startsWith(",") && !SAYING.test(after) && wordsIn(speakerWords) <= 4 && separator > 0 && INTERRUPTED_SUBJECT.test(sentence.slice(0, separator)) && CLAUSE_VERB.test(after.split(/[,;]/)[1] ?? "")) content = trimSpan(sentence, 0, sentence.length);
    // ("Chen said, in regard to the key issues, the government has made plans": the words after the comma.)
    else if (separator <= 0 && /^, \S/.test(after) && wordsIn(speakerWords) <= 4 && (CLAUSE_VERB.test(after) || PAST_CLAUSE.test(` ${after.split(", ").at(-1)}`)) && wordsIn(after) > 6) content = trimSpan(sentence, verbEnd + 2, sentence.length);
    // ('put it bluntly at a seminar: "..."': the words are the quotation after the mark, not how or where they were put.)
    else if (/^puts?$/.test(verb)) {
      const put = PUT_IT.exec(after);
      content = trimSpan(sentence, verbEnd + (put ? put[0].length - 1 : 1), sentence.length);
    }
    // "X said the team would stay": a clause with its own verb follows the verb directly.
    // ("questioned whether ...", "The report claimed to successfully delist 19 areas": a question, or what was claimed to be done.)
    else if ((/^question(?:ed|s)$/.test(verb) || (/^claim(?:ed|s)?$/.test(verb) && /^ to \S/.test(after))) && wordsIn(after) > 3) content = trimSpan(sentence, verbEnd + 1, sentence.length);
    // ("He said the three Northern regions contribute more than a third": after "said", a clause in the present with no helping verb.)
    // ("X, says at least 450,000 Nigerians have benefitted": "at least" opens a figure, not a circumstance.)
    else if (verb !== "told" && verb !== "read" && /^ (?!(?:in|on|at(?! (?:least|most)\b)|during|after|before|with|to|for|by|from|of|as|when|while)\b)/.test(after) && (CLAUSE_VERB.test(after) || PAST_CLAUSE.test(after) || (/^(?:said|says|say)$/.test(verb) && (SAID_SUBJECT.test(after) || NAMED_SUBJECT_PRESENT.test(after) || BARE_SUBJECT_PAST.test(after) || SUBJECT_THEN_PRESENT.test(after) || SUBJECT_ADVERB_VERB.test(after) || SUBJECT_VERB_QUANTITY.test(after)) && wordsIn(after) > 4)) && wordsIn(after) > 3) {
      content = trimSpan(sentence, verbEnd + 1, sentence.length);
    }
    // ("Before she was hired last year, Islam said she felt lost.": a short clause with a pronoun for its subject
    // after the verb is what was said; the phrase before the name sets the time.)
    // ('... said she earns 2,800 yuan a month "without leaving ..."': the sentence may close inside a quotation's mark.)
    else if (/^(?:said|says|added|explained|recalled)$/.test(verb) && /^ (?:he|she|they|we|I) \p{Ll}/u.test(after) && /[.!?]["”’]?$/.test(after.trim()) && wordsIn(after) >= 3) content = trimSpan(sentence, verbEnd + 1, sentence.length);
    // ("Local authorities reported more than 14,000 online shops", "reported moving 9,800 people": a count or a deed reported, no clause.)
    else if (/^(?:reported|reports|recorded|records)$/.test(verb) && REPORTED_OBJECT.test(after) && wordsIn(after) >= 3) content = trimSpan(sentence, verbEnd + 1, sentence.length);
    // ("She told our research team she sold 4,200 jars in a single night": whom they told, then what, with no "that".)
    else if (verb === "told" && TOLD_WHOM_THEN_CLAUSE.test(after)) content = trimSpan(sentence, verbEnd + 1 + TOLD_WHOM_THEN_CLAUSE.exec(after)![1]!.length, sentence.length);
    else if (toldAt !== null) content = trimSpan(sentence, verbEnd + 1 + toldAt, sentence.length);
    // "..., the office announced on Tuesday, leaving eight counties ...": a time or place after the verb, then a new clause.
    // "..., Xu Guixiang, a spokesman, told reporters at a news conference in Beijing.": whom they told, and where.
    // ('... faces "ethnic issues," Yu Shaoxiang, an expert ..., told the Global Times': the comma may stand inside a closing quotation mark.)
    // "Speaking of his new life, Ye Peng said the flat ...": the phrase before sets the scene; the words follow the verb.
    // (Not "..., he said with a smile on his face: \"...\"": the manner before a quotation's colon is no content.)
    else if (separator > 0 && SCENE_SETTING.test(sentence) && wordsIn(after) > 3 && !/:\s*["“]/.test(after)) content = trimSpan(sentence, verbEnd + (/^ that\b/.test(after) ? 6 : 1), sentence.length);
    // ('Speaking of his new life, Ye said "Life is convenient."': the phrase that sets the scene is not what was said.)
    // ("The lead author, Vicky Xu, wrote:": the words follow the colon, in the next paragraph.)
    // ('The farmer, whose children have left, leaving him ..., said, "...": what was said is the quotation after the verb.)
    else if (separator > 0 && !SCENE_SETTING.test(sentence) && !/^:/.test(after) && !(/^[,:]?\s*["“]/.test(after) && /^[^,]{1,60}, (?:who|whose)\b/.test(sentence)) && (head[separator] === "," || (/["”]/.test(head[separator]!) && head[separator - 1] === ",")) && (wordsIn(after) <= 4 || after.startsWith(",") || wordsIn(after.split(",")[0]!) <= 5 || (verb === "told" && !after.includes(",")))) content = trimSpan(sentence, 0, separator);
    // "..., the provincial authorities said at the ongoing annual session.": where it was said, after the verb.
    // ("..., he added while replying to a question at a regular news briefing.": what they were doing as they spoke, too.)
    // ("..., Governor Sun Zhigang announced during the provincial congress, held on Jan 16-20.": and what the occasion was.)
    // ("..., Dorje Tsering, vice chairman of ..., said Thursday at a press conference held by ...": the day first.)
    else if (separator > 0 && head[separator] === "," && /^ (?:at|in|on|during|after|before|to|on|via|through|(?:while|when) \p{Ll}+ing|when asked) /u.test(after.replace(DAY_AFTER_VERB, "")) && !CLAUSE_VERB.test(after) && !after.replace(OCCASION_AFTER_COMMA, "").includes(",")) content = trimSpan(sentence, 0, separator);
    // "X said with cotton-picking machines, he can ...": a phrase set before the reported clause's subject.
    else if (verb !== "told" && /^ (?:in|on|at|with|after|before|since|by|for|during|from) [^,]{1,60}, (?:he|she|they|it|we|I|the [\p{L}-]+|[\p{Lu}][\p{L}'’-]+) /u.test(after) && CLAUSE_VERB.test(after)) content = trimSpan(sentence, verbEnd + 1, sentence.length);
    // ("The white paper emphasizes a 9.5% growth rate ...", "The report also cites ...": a document's points, said as nouns.)
    if (content === null && DOCUMENT_SPEAKER.test(speakerWords) && /^(?:emphasizes|emphasises|stresses|highlights|cites|notes|outlines|underlines|mentions)$/.test(verb) && wordsIn(after) >= 3 && !/^ (?:that|how|what|whether)\b/.test(after)) {
      content = trimSpan(sentence, verbEnd + 1, sentence.length);
    }
    if (content && (QUOTE_CHARS.test(sentence[content.start] ?? "") || content.end <= content.start)) content = null;
    // ("LIM: I like this job, she says.": the label of the turn the sentence opens is no part of the words said.)
    const turnLabel = content ? CAPS_TURN_LABEL.exec(sentence.slice(content.start, content.end)) : null;
    if (content && turnLabel) content = { start: content.start + turnLabel[0].length, end: content.end };
    // ("On Sept. 24, Wang Yi said at the meeting ...": a day or a place set before the speaker is the scene, not
    // what was said; "In November 2020, Beijing claims, the last ten counties were struck off ...": the clause the
    // reporting words interrupt, scene and all.)
    const spokenBefore = content && content.end <= speaker.start ? sentence.slice(content.start, content.end) : null;
    if (spokenBefore !== null && PREPOSITION_START.test(spokenBefore) && wordsIn(spokenBefore) <= SCENE_WORDS && !CLAUSE_VERB.test(` ${spokenBefore}`)) {
      content = /^, \S/.test(after) && (CLAUSE_VERB.test(after) || PAST_CLAUSE.test(after)) ? trimSpan(sentence, 0, sentence.length) : null;
    }
    out.push(groupEnd === null ? { speaker, content, kind: "speech" } : { speaker, content, kind: "speech", described: trimSpan(sentence, groupEnd + 1, head.length) });
  }
  const saying = SAYING.exec(sentence);
  const spoken = out.findLast((c) => c.kind === "speech");
  if (saying && spoken === undefined) {
    // ("Dorje Tsering, deputy director of ..., yesterday rejected ..., saying that": a name set off with its post.)
    const setOff = NAMED_SUBJECT_SET_OFF.exec(sentence);
    const subject = subjectOf(sentence) ?? (setOff && setOff[0].length < saying.index ? { start: 0, end: setOff[1]!.length } : null);
    if (subject) out.push({ speaker: subject, content: trimSpan(sentence, saying.index + saying[0].length, sentence.length), kind: "speech" });
  }
  // "..., Shen said, adding that the measures are ...": the same speaker's words go on after "adding".
  else if (saying && spoken !== undefined && spoken.speaker.end <= saying.index && (spoken.content === null || spoken.content.end <= spoken.speaker.start)) {
    out.push({ speaker: spoken.speaker, content: trimSpan(sentence, saying.index + saying[0].length, sentence.length), kind: "speech" });
  }
  // "..., the official Xinhua news agency cited Wu Yingjie, the region's Party chief, as saying": the one cited speaks.
  const cited = CITED_AS_SAYING.exec(sentence);
  if (cited && !out.some((c) => c.kind === "speech" && c.speaker.start >= cited.index)) {
    const [start, end] = cited.indices![1]!;
    out.push({ speaker: { start, end }, content: trimSpan(sentence, 0, cited.index), kind: "speech" });
  }
  // "The report cited the regional poverty alleviation office as saying 18 counties ...": the one cited speaks the words after.
  const citing = CITING_AHEAD.exec(sentence) ?? CITED_PASSIVE.exec(sentence) ?? HELD_BY.exec(sentence);
  if (citing && !out.some((c) => c.kind === "speech")) {
    const [start, end] = citing.indices![1]!;
    out.push({ speaker: { start, end }, content: trimSpan(sentence, citing[0].length, sentence.length), kind: "speech" });
  }
  return withinTrailingReport(out.filter((c) => !NO_ONE_SPEAKS.test(sentence.slice(c.speaker.start, c.speaker.end))), sentence);
}

/**
 * "Chen Lei said the lifting ... means ..., Xinhua reported.": words reported after one verb end where
 * a trailing "..., Xinhua reported" begins, which reports the whole sentence before it.
 */
function withinTrailingReport(clauses: ReportingClause[], sentence: string): ReportingClause[] {
  const trailing = clauses.filter((c) => c.content !== null && c.content.end <= c.speaker.start);
  if (trailing.length === 0) return clauses;
  const inside = (c: ReportingClause) => trailing.some((t) => t !== c && t.content!.start <= c.speaker.start && c.speaker.end <= t.content!.end);
  // ("Data shows that ..., People's Daily reported": figures inside another's report are that report's.)
  const data = (c: ReportingClause) => UNNAMED_DATA.test(sentence.slice(c.speaker.start, c.speaker.end));
  return clauses.filter((c) => !(data(c) && inside(c))).map((c) => {
    const cut = trailing.find((t) => t !== c && c.content !== null && c.content.start < t.speaker.start && t.speaker.start < c.content.end);
    return cut ? { ...c, content: { start: c.content!.start, end: cut.content!.end } } : c;
  });
}

const OUTER_REPORT = /^(?:The|the|A|a) (?:[\p{L}-]+ ){0,2}(?:report|study|statement|notice|article) (?:said|says|stated|states|noted|notes|added|adds) (?:that )?((?:the |a |an )?\S.*)$/u;
// "the white paper", "The report", "the document": a text speaking for whoever issued it.
const DOCUMENT_SPEAKER = /^(?:the |a |this |that )?(?:[\p{L}-]+ ){0,2}(?:white paper|report|paper|study|document|survey|statement|plan|bulletin|communiqu[eé]|yearbook)$/iu;
// ("The newspaper quoted Li Ming, a county official, as saying that ...": the one cited may carry an apposition.)
const CITING_AHEAD = /^[^,;]{2,80}? (?:cited|quoted) ((?:the |an? )?[^,;"“”]{2,80}?)(?:, [^,;"“”]{1,120},)? as saying (?:that )?(?=\S)/du;
// "The PRC's poverty relief chief Liu Yongfu was cited as saying more than 10 million ...": the one cited, in the passive.
const CITED_PASSIVE = /^((?:The |the )?[^,;"“”]{2,80}?) (?:was|were|is|are) (?:cited|quoted) as saying (?:that )?(?=\S)/du;
// "It is widely regarded by historians that ...", "It was estimated by the World Bank that ...": the one the passive names holds it.
const HELD_BY = /^It (?:is|was|has been|had been) (?:widely |generally |commonly |now )?(?:regarded|believed|estimated|thought|argued|accepted|reported|claimed|held|acknowledged) by ((?:the )?[^,;"“”]{2,60}?) that (?=\S)/du;
// ('"...," the report quoted Wu Wei, director of ..., as saying': the comma may stand inside the quotation's close.)
const CITED_AS_SAYING = /,["”’]? (?:the )?[^,]{2,80}? (?:cited|quoted) ([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3})(?:, [^,]{1,120},)? as saying\b/du;

// "A UN expert on Tuesday praised China's progress, saying that ...": what follows the participle was said.
// ("X surveyed ..., showing that ...": a participle of finding reports only with "that".)
// (", calling the achievement a "major victory."": how the speaker named what they spoke of, theirs too.)
// ("..., telling reporters in Kunming on Nov. 14 that ...": whom they told, then what.)
// The subject of a sentence's first verb, in the past, after an opening phrase or none ("Writing in 2019, the anthropologist
// Jikre Amu described"): the subject, then the verb.
const SUBJECT_PAST_OPENING = /^(?:[^,"“”]{2,60}, )?((?:[Tt]he |[Aa]n? )?(?:[\p{Ll}-]+ ){0,3}\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}) (\p{Ll}+ed|said|wrote|told|spoke|gave|made)\b/u;
const SAYING = /, (?:(?:saying|adding|noting|stressing|arguing|insisting|claiming|warning)(?: that)?|telling [^,;"“”]{1,80}? that|calling|describing|hailing|terming|(?:showing|finding|indicating|revealing|concluding) that) (?=\S)/;
// The verb that ends a sentence's opening subject: a past form, or a few common verbs.
// ("The report draws on 100 sources and concludes that ...": what a study does, in the present, before what it says.)
const MAIN_VERB = /^(?:\p{Ll}+ed|said|says|told|made|gave|took|met|spoke|wrote|sent|held|won|led|is|was|are|were|has|have|had|will|would|can|could|draws|cites|uses|examines|reviews|analyses|analyzes|documents|surveys|relies|covers|looks)$/u;

/** Where the subject of the first verb in the past of words that open a sentence stands in them, past an opening phrase; or null. */
export function pastSubject(opening: string): TextSpan | null {
  const m = SUBJECT_PAST_OPENING.exec(opening);
  if (m === null) return null;
  const start = m.index + m[0].length - m[1]!.length - m[2]!.length - 1;
  return { start, end: start + m[1]!.length };
}

/**
 * "Maimaiti hired four technicians from Sichuan and" before "said": who did the first thing and then spoke,
 * the subject of words that end in "and"; null for any other words.
 */
export function doerBeforeAnd(words: string): TextSpan | null {
  return / and$/.test(words) ? subjectOf(words) : null;
}

/** The noun phrase a sentence opens with, before its main verb, without a time phrase after it ("on Tuesday"). */
export function subjectOf(sentence: string): TextSpan | null {
  const words = sentence.split(" ");
  const k = words.findIndex((w, i) => i > 0 && MAIN_VERB.test(w));
  if (k < 1 || k > 10 || !/^(?:\p{Lu}|["“])/u.test(sentence)) return null;
  let text = words.slice(0, k).join(" ");
  text = text.replace(TIME_AFTER_NAME, "").replace(/,$/, "");
  if (/,/.test(text) || PREPOSITION_START.test(text)) return null;
  return { start: 0, end: text.length };
}
