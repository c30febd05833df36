// A normalized document and its entities in, quotes out: transcript turns ("Speaker:" then the
// turn), "Name, role: speech" lines, words in quotation marks with the speaker the sentence names,
// and reported speech ("X said that ...", "..., X said"). Offsets are UTF-16 into the text.
import { CLOCK, inlineLabel, NOT_SPEAKER, turnHeader, type TurnHeader } from "./turn-headers.ts";
import { SHARE_BUTTON } from "../normalize/page-chrome.ts";
import { SELF_NAMING, turnSpeakers, type TurnSpeakers } from "./turn-speakers.ts";
import type { NormalizedDocument } from "../normalize/document.ts";
import { FEDIVERSE_HANDLE, type RuleId } from "../normalize/chrome-rules.ts";
import { ANSWER_SIGNED, SIGNER, SITE_DAY } from "../normalize/segment.ts";
import type { Entities } from "./entities.ts";
import { doerBeforeAnd, PUT_IT_MANNER, reportingClauses, SCENE_SETTING, SPEAKER_OPENS, pastSubject, TIME_CLAUSE_THEN_PRONOUN, type ClausesOf, type ReportingClause } from "./speech.ts";
import { DATA_NOUNS, OWN_RESULTS, WRITERS_OWN, speakerResolver, type SpeakerResolver } from "./speakers.ts";
import { carriedQuotations, closingMarkWidth, quotationSpans } from "./quotation-marks.ts";
import { findSpeech } from "./speeches.ts";
import { namingSpeaker } from "./naming-quotes.ts";
import { isNumberWord } from "./number-words.ts";
import { HONORIFIC_WORD, nameCased, personNameForm } from "../text/name-forms.ts";

export { quotationSpans } from "./quotation-marks.ts";
import { firstFrom, overlaps, type TextSpan } from "../text/spans.ts";
import { GUEST_INTRODUCED, HOST_NAME, INTRODUCTION_OPENER, selfIntroduction } from "./self-introduction.ts";

export type QuoteForm = "quotation" | "reported_speech" | "transcript_turn" | "name_role_line";

export interface Quote extends TextSpan {
  speaker: string | null;
  speakerText: string | null;
  form: QuoteForm;
  /** A quotation told in two parts: the words between them ('," said X, 52. "'), which are not the speaker's. */
  between?: TextSpan;
}

const OPENING_PHRASE = /^(?:In|On|At|During|After|Before|Through|Via|With|Under)\b[^,"“”]{1,60}, (?=(?:the|a|an|its|their) |\p{Lu})/u;
// ('," Pan said. "', '," said the 52-year-old herder. "': a reporting clause closed by its stop, between two quotations.)
const SENTENCE_ENDS_BETWEEN = /[.!?]\s*["“]?$/;
// (Far enough for a name and an apposition of two posts: '”, Sun Jiuwen, a member of the Advisory Committee of ... and a professor at ..., said'.)
const SPEAKER_REACH = 360;
// How far into its sentence the subject who speaks a quotation ending it may be named.
const SUBJECT_REACH = 80;
// A name and the relative clause about it, ending where the reporting verb follows ("Dr. Lobsang Norbu, who has served ..., ").
const NAME_WHO_CLAUSE = /(?:(?:Dr|Mr|Ms|Mrs|Prof)\.? )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}), who [^,"“”]{3,160}, ?$/u;
const NAME_WHO_REACH = 220;
// ('She is 81 and she told the cadre, "..."': a pronoun after "and", and a word or two between it and the verb.)
const PRONOUN_AFTER_AND = / and (he|she|they)( (?:always|also|then|later|once|often|just|still|simply|quietly|finally))?$/;
// "Li Keqiang said in his government report in March 2014, “...”": the circumstance may stand between.
// ("Valley News reports, “...”": a paper or agency reports its words.)
// ("... growth pace reported for the first half was": those verbs only as the clause right before the marks, after a comma or colon.)
// ('A village cadre put it more bluntly: "..."': how someone worded it, just before the marks.)
// ('Wen Haoran, an economist, wrote that "...": and a verb of writing or arguing, then "that", right before the marks.)
// ('As Varga has argued elsewhere, "...": or in the perfect, then a comma or a colon.)
// ('Jikre Amu described the campaign as "a race against the calendar"': how someone called a thing, in their words.)
const SPEAKER_BEFORE = new RegExp(String.raw`([\p{Lu}][^.!?"“”]{0,80}?|\b(?:he|she|they)) (?:(?:said|says|added|noted|stated|told [^,:"“”]{1,40}|asked|explained|stressed|recalled)(?: [^.!?"“”,]{1,60})?[,:]?|(?:reports|reported|writes|wrote)[,:]|(?:writes|wrote|argued|argues|warned|warns|insisted|insists|claimed|claims) that|(?:has|have|had) (?:argued|written|noted|warned|observed)(?: [^.!?"“”,:]{1,30})?[,:]|puts? ${PUT_IT_MANNER}[,:]|(?:described|describes|called|calls|termed|dubbed) (?:it|them|the [^.!?"“”,:]{1,50}?) as)\s*$`, "u");
// ("..., but the interest, says Mr Ma, ": a reporting clause set inside a sentence, the verb before who speaks.)
const INVERTED_BEFORE = /, (?:says|said|adds|added|recalls|recalled|notes|noted|explains|explained|insists|insisted) ((?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}),\s*$/u;
// (", Ding Zhanhai, 67, who" before "told her:": a name set off after a description, then the relative pronoun.)
const NAME_THEN_WHO = /, (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?:, \d{1,3})?,? who$/u;
// Words that end on a question, a closing quotation mark allowed after it.
const QUESTION_END = /\?["”]?\s*$/;
// How far back from a turn's end its closing question mark is looked for.
const QUESTION_END_REACH = 8;
// "Mr.", "Dr.": an honorific's stop, which ends no reporting clause.
const HONORIFIC_STOP = new RegExp(String.raw`\b(${HONORIFIC_WORD})\.`, "g");
const REPORTING_VERB = "said|says|added|adds|replied|replies|answered|responded|noted|notes|stated|states|read|wrote|writes|explained|explains|introduced|recalled|recalls|continued|continues|remarked|stressed|stresses|emphasized|emphasised|insisted|insists|asked|asks|reported|tweeted|posted|told reporters";
// ('“...” of 1966 to 1976, said Adrian Zenz': a phrase that finishes the quoted words may stand before the verb.)
// ('“...,” Liu Yongfu, a member of China’s State Council, or Cabinet, said.': an apposition of several parts may stand after the
// name; '“...” Ma Ping, a 24-year-old from Xiaqiao Village, Jingyuan County, Ningxia, excitedly told reporters': an adverb before the verb.)
// ('“...,” according to Makhtar Diop, World Bank vice president', '“...,” tweeted scholar Adrian Zenz': those name the speaker too;
// but 'they are "proud" of reaping without sowing, according to X' cites X for the sentence, not for the word in marks.)
// ('”. And continues, “...': a conjunction opens the next sentence, no speaker's name.)
const TITLED_BEFORE = /\b(?:titled|entitled)\s*$/;
// ("... labeled as 'impoverished'. This was stated by Liu Yongfu": a pronoun for what came before opens the next sentence, no speaker's clause.)
const GLUED_SOUNDBITE = /(?:SOUNDBITE|SOT)\s*\d{0,2}\s*(?:\([^()]{1,30}\))?\s*:\s*(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}),[^"“”]{1,160}$/u;
const SOUNDBITE_REACH = 240;
const SOUNDBITE_OPENING = /^\s*(?:\d{1,3}\.\s*)?(?:SOUNDBITE|SOT)\b/;
// Two or three words in capitals and nothing else: a name as a script's label sets it.
const NAME_IN_CAPITALS_ONLY = /^\p{Lu}{2,}(?:[-'’]\p{Lu}+)?(?: \p{Lu}{2,}(?:[-'’]\p{Lu}+)?){1,2}$/u;
const SCRIPT_CUE = /\(\(([^()]{2,80}(?:\([^()]{1,20})?)\)\)\s*$/;
// ("Gulbahar Haitiwaji" before the comma of "((Gulbahar Haitiwaji, Survivor))": two to four capitalised words.)
const CUE_NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;
const NOT_A_SPEAKER_OPENING = /^\s*(?:\[\d{1,3}\]|(?:In|On|At|During|After|Before|For|From|With|By|As|While|When|And|But|So|Then|Yet|Or|This|That|These|Those)\b)/;
// "Through a video link", "During the visit": a preposition opening a phrase that sets the scene.
const SCENE_PREPOSITION = "Through|Via|During|Following|Amid|Upon|Over";
// ('"...," Ma Yue'en, a villager in his eighties told the paper': an apposition left open before the verb,
// after a name; not a connective or a phrase that opens a sentence ('However, despite its stated ...').)
// ('"..." Speaking on the condition of anonymity, Lisa said ...': nor a phrase that sets the scene of the next speech.)
const CONNECTIVE_OPENING = String.raw`(?:However|But|And|So|Yet|Meanwhile|Moreover|Still|Instead|Also|Now|Then|Thus|Therefore|Indeed|In|On|At|For|With|By|As|While|When|After|Before|Despite|Although|Though|Since|If|${SCENE_PREPOSITION}|Among|Under|This|That|These|Those|It|They|We|Speaking|Talking|Asked|Referring|Commenting|Responding|Addressing|Pointing|Reflecting|Turning)\b`;
// ", Jose Graziano da Silva, ": a name set off by commas after a description of its bearer.
// (Or the sentence's end after the name: '"...," said the accountant, Zhou Wen.')
const APPOSED_NAME = /^, ([\p{Lu}][^,.;"“”]{1,60})(?:,|[.!?](?=\s|$))/u;
const APPOSED_NAME_REACH = 64;
const SCENE_OPENING = new RegExp(`^(?:${SCENE_PREPOSITION}) `);
// (Not '", and found that a third of the households had not been told where ...': a verb in the passive names no speaker.)
const SPEAKER_AFTER = new RegExp(`^[,.]?\\s*(?:(?:(?:(?:of|in|on|at|for|from|to|since|by) [^,.;"“”]{1,40}, )?(?:${REPORTING_VERB}|Said|Says)|according to)\\s+(${SPEAKER_OPENS}[^,.;"“”]{0,100})|([^,.;"“”]{1,100}?)(?:(?:,(?!\\d)[^,.;"“”]{1,240}){1,6},)?\\s+(?:(?!(?:daily|weekly|monthly|quarterly|yearly)\\s)\\p{Ll}+ly\\s+)?(?<!\\b(?:been|being|was|were|is|are|be) )(?:${REPORTING_VERB}|told|was quoted)\\b|(?!${CONNECTIVE_OPENING})(\\p{Lu}[^,.;"“”]{0,60}?)(?:,(?!\\d)[^,.;"“”]{1,120}){1,3}(?<!\\b(?:its|his|her|their|the|an?|our|my))\\s+(?:${REPORTING_VERB}|told)\\b)`, "u");
// ("President Hu Jintao." after a quotation: a name, a title before it, and nothing more.)
const DESCRIBED_AFTER = /^\s*(?!(?:Photo|Source|Image|Credit|Read|Related|Share|Click|Watch|Listen|Video|File)\b)(\p{Lu}[\p{Ll}'’-]+(?: [\p{L}'’-]+){1,3})\s*$/u;
const DESCRIBED_REACH = 50;
const SIGNED_AFTER = /^\s*(?:[-–—]\s*)?((?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}'’-]+)\.?\s*$/u;
// ("—Mo Wangqing", "— Li Na, a herder": a dash, then a name, alone on the line under a quotation.)
const EPIGRAPH_SIGNATURE = /^ ?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}),? (?:Deputy |Vice |Executive )?(?:Director|Minister|Professor|Chairman|Chairwoman|Secretary|Head|President|Premier|Spokesperson|Spokesman|Spokeswoman|Governor|Mayor|Researcher|Fellow|Editor|Chief|Commissioner|Ambassador|Party Secretary)\b/u;
const DASH_SIGNATURE = /^[—―–]\s?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})(?:, [^\n]{1,80})?$/u;
// ("The 56-year-old farmer, whose ...": a described subject that a relative clause follows.)
const DESCRIBED_SUBJECT = /^((?:The|An?) (?:\d{1,3}-year-old )?[\p{Ll}-]+(?: [\p{Ll}-]+)?), (?:who|whose)\b/u;
// ('"...our hometown." Maimaiti hired four technicians and said with confidence: "..."': a clause that ends in a
// colon before another quotation brings in that one, not the one before it.)
const OWN_WORDS_AFTER_VERB = /^ (?:that\b|\d|(?:the|a|an|its|their|some|about|more than|nearly|over|only|many|most|all|it|they|he|she|we) )/;
const INTRODUCES_NEXT = /^[^.!?"“”:]{0,60}:\s*["“]/u;
// ("KUNMING, (APP - UrduPoint / Pakistan Point News - 17th Feb, 2020 ) :About ...": a credit and a colon.)
// ("HILLTOWN - The province ...", "KASHGAR, China (Reuters) - ...", "SHANGHAI, Feb 18 (Reuters) - ...",
// "ZHONGSHAN/LONGHUA, China (Reuters) - ...": a place in capitals and one hyphen;
// "Geneva, Oct 12: ...": a place and a day before a colon.)
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40}(?:(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, ?\d{4})?)?(?: \([^()]{2,40}\))? ?(?:--|—|–) ?|, \([^()]{2,80}\) ?: ?|, [A-Z][a-z]{2,8}\.? \d{1,2}: |, [A-Z]{3,9}\.? \d{1,2}: )|\p{Lu}{2,}(?:[ /]\p{Lu}{2,}){0,2}(?:, \p{Lu}\p{Ll}+)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, ?\d{4})?)?(?: \([^()]{2,40}\))? - |[A-Z][a-z]{2,8}\.? \d{1,2}, ?\d{4} ?(?:--|—|–) ?)/u;


// "The report", "the newspaper", "state media": a document or an outlet, which passes on what others said.
const PASSES_ON = /\b(?:report|study|paper|newspaper|daily|agency|media|outlet|website|article|statement)$/i;
// How many words before a quotation make a reported clause of their own.
const LEAD_WORDS = 5;
// How far a quotation's second part may stand after its first ('," he said. "' and a name or two).
const FIRST_PERSON = /^(?:I|we|We)$/;
const KIN_OPENING = /^(?:My|Our|His|Her|Their) /;
const QUOTE_MARKS = /["“”]/;
const STAGE_DIRECTION = /^[([][^()[\]]{1,60}[)\]]\.?$/;
const SPLIT_REACH = 80;
// The rules of a board's furniture that name its posters; a poster's name alone on its line; and the words
// such a line may hold that are no one's name (headings and buttons besides, NOT_SPEAKER and SHARE_BUTTON).
const BOARD_FURNITURE: ReadonlySet<RuleId> = new Set(["engagement-counts", "forum-header"]);
const POSTER_ALONE = /^\p{Lu}[\p{L}\p{N}_.-]{2,29}$/u;
const NOT_POSTER = /^(?:Quote|Reply|Like|Edit|Edited|Links|Thanks|Agreed|Exactly|Indeed|Yes|No|True|Interesting|Bump|Hmm|Wow|Lol|Lmao|Home|Forums|Menu|Search|Help|Top|Next|Prev|Previous|Discussion|Comments)$/i;
// The labels a video transcript sets before the words it shows on screen.
const ON_SCREEN_TEXT = /^(?:Caption|On-?screen text|Subtitle)$/i;
// How many words quoted inside a paraphrase make a quotation of their own ("a 'great story in human history'").
const PARTIAL_QUOTE_WORDS = 3;
// How many words a quotation inside a paraphrase has at least, to be speech rather than a term.
const INNER_QUOTE_WORDS = 4;
/** A quoted term that counts things ("two assurances and three guarantees") or lists doings ("moving out, staying put"). */
const nameLikeQuote = (quoted: string) => /^\p{Ll}+ing\b/u.test(quoted) || quoted.split(/[\s,]+/).some(isNumberWord);

const BULLETED = /^[•·*] /;
const BULLETED_NAME = /^[•·*] (\p{Lu}[\p{L}'’-]*\.?(?: (?:\p{Lu}[\p{L}'’-]*\.?|from|of|in)){0,3})$/u;

/** The writer a list's item names when it is a name alone over words, or null. */
function bulletedWriter(paragraph: string, next: string | undefined): TurnHeader | null {
  const name = BULLETED_NAME.exec(paragraph)?.[1];
  if (name === undefined || next === undefined || BULLETED.test(next) || NOT_POSTER.test(name) || NOT_SPEAKER.test(name) || SHARE_BUTTON.test(name)) return null;
  return { form: "post", speakerStart: paragraph.indexOf(name), speakerEnd: paragraph.indexOf(name) + name.length, contentStart: null };
}

/** The earliest mention of a person that starts at or after `from` and ends by `to`, or null. */
function firstPersonWithin(entities: Entities, from: number, to: number): TextSpan | null {
  let first: TextSpan | null = null;
  for (const person of entities.people) for (const m of person.mentions) if (m.start >= from && m.end <= to && (first === null || m.start < first.start)) first = { start: m.start, end: m.end };
  return first;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}

const SHOWN_NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u;

/** Each account a page sets on the line under a person's name ("Pema Dolkar" / "@pemadolkar@tibetan.social"), by its handle. */
function shownNames(paragraphs: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (let k = 1; k < paragraphs.length; k++) {
    // (The account line, "@pemadolkar@tibetan.social", names the poster as a post's header does, without its "@".)
    const account = FEDIVERSE_HANDLE.test(paragraphs[k]!) ? paragraphs[k]!.slice(1) : null;
    const shown = paragraphs[k - 1]!;
    if (account !== null && SHOWN_NAME.test(shown) && personNameForm(shown.split(" ")) !== null && !names.has(account)) names.set(account, shown);
  }
  return names;
}

/**
 * Turns of a transcript, a broadcast or a thread: each header opens one, and the paragraphs after a
 * header alone (or, in a transcript, after a label and its words) belong to it up to the next header.
 */
function turnQuotes(doc: NormalizedDocument, entities: Entities, resolver: SpeakerResolver, inTurn: Set<number>): Quote[] {
  const paragraphs = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
  const speakers = turnSpeakers(doc, entities, paragraphs);
  // ("Lezhong" over "Junior Member" over the post: on a message board, a name alone on its line is the poster's,
  // however ordinary a word it looks, when the board's furniture the normalizer took out names them too
  // ("Reactions: Lezhong, Bora_K and 7 others", "Lezhong said:").)
  const boardNames = new Set(doc.removals.filter((r) => BOARD_FURNITURE.has(r.rule)).flatMap((r) => r.text.split(/[^\p{L}\p{N}_.-]+/u)));
  const posterAlone = (paragraph: string): TurnHeader | null => (boardNames.has(paragraph) && POSTER_ALONE.test(paragraph) && !NOT_POSTER.test(paragraph) && !NOT_SPEAKER.test(paragraph) && !SHARE_BUTTON.test(paragraph) ? { form: "post", speakerStart: 0, speakerEnd: paragraph.length, contentStart: null } : null);
  // (A handle over a story its poster pasted, "steppe_wanderer" over "Ann Lee" over "HILLTOWN, China —": the story is the
  // paper's, not the poster's, as an opening post's is.)
  const overPastedStory = (index: number) => paragraphs.slice(index + 1, index + 1 + PASTED_REACH).some(opensPastedStory);
  const headed = paragraphs.map((paragraph, index) => {
    const header = index === 0 && doc.titled ? null : turnHeader(paragraph, speakers.isSpeakerName, paragraphs[index + 1]) ?? posterAlone(paragraph);
    // ("Improve this answer answered Dec 4, 2020 at 9:15" over "Jonas Weber": an answer's signer, under the answer, heads
    // nothing below; signedAnswers gives them the answer.)
    const signsAbove = () => index > 0 && ANSWER_SIGNED.test(paragraphs[index - 1]!);
    return header !== null && header.speakerStart === 0 && header.speakerEnd === paragraph.length && (overPastedStory(index) || signsAbove()) ? null : header;
  });
  // ("JohnMcQ" over "ThereseK:" over a line of hers, then his reply: a board's quotation of an earlier post, headed by
  // its poster's name and a colon, stands inside the reply; the reply is still its own poster's.)
  for (const [k, h] of headed.entries()) {
    if (h?.form === "label" && /:$/.test(paragraphs[k]!) && headed[k - 1]?.form === "post") headed[k] = null;
  }
  // ("• Gord McAllister", "• Bill from Barrie" over a comment, where other items of the list are posters' handles: comments
  // set as a list, each item over its words, whatever form the writer's name takes.)
  const commentsListed = headed.some((h, k) => h?.form === "post" && BULLETED.test(paragraphs[k]!));
  const found = commentsListed ? headed.map((h, k) => h ?? bulletedWriter(paragraphs[k]!, paragraphs[k + 1])) : headed;
  const recurs = found.filter((h) => h?.recurring === true).length >= 2;
  const headers = recurs ? found : found.map((h) => (h?.recurring === true ? null : h));
  // Labels with their words run on over the next paragraphs only in a transcript, where most paragraphs are turns.
  const labelled = headers.filter((h) => h !== null && (h.form === "label" || h.form === "inline")).length;
  // ("Question: ..." then "A: ...": a question and its answer make a transcript however few the turns.)
  const labelText = headers.map((h, k) => (h ? paragraphs[k]!.slice(h.speakerStart, h.speakerEnd) : ""));
  // ("Q1: ..." then "Yawen: ...": a numbered question, answered by the reporter by name.)
  const asked = (t: string) => /^(?:Q|Question) ?\d{0,2}$/.test(t);
  const askedAndAnswered = labelText.some(asked) && labelText.some((t) => t !== "" && !asked(t));
  // (Or two people taking turns: "Jordan: ..." then "Scott: ...".)
  const inlineSpeakers = new Set(labelText.filter((_, k) => headers[k]?.form === "inline"));
  const transcript = labelled >= 3 || askedAndAnswered || (labelled >= 2 && inlineSpeakers.size >= 2);
  // ("Zhang Ruimin, deputy director of ...: Thank you for your question." over his answer's paragraphs: at a briefing whose
  // turns are set inline, a speaker named with their post speaks on as the others do.)
  const nameRoleRunsOn = headers.filter((h) => h?.form === "inline").length >= INLINE_BRIEFING_TURNS;
  // ("Q How much has cotton farming changed ...?" over "Almost beyond recognition. ...": an interview that labels no turn.)
  // (Not a thread, whose posts' headers name who speaks.)
  if (labelled === 0 && !headers.some((h) => h?.form === "post")) {
    const interview = unlabelledInterview(doc, entities, paragraphs, speakers, resolver, inTurn);
    if (interview.length > 0) return interview;
  }
  const out: Quote[] = [];
  // ("Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on ..." over announcements, then "CCTV: ..."):
  // the paragraphs a briefing opens with, before its first turn, are the spokesperson's.
  const host = transcript && doc.titled ? PRESS_CONFERENCE_TITLE.exec(paragraphs[0] ?? "") : null;
  const firstTurn = headers.findIndex((h) => h !== null);
  if (host && firstTurn > 1) {
    out.push({ start: doc.paragraphs[1]!.start, end: doc.paragraphs[firstTurn - 1]!.end, speaker: host[1]!, speakerText: null, form: "transcript_turn" });
    for (let k = 1; k < firstTurn; k++) inTurn.add(k);
  }
  let speaker: { name: string | null; text: string } | null = null;
  let turn: TextSpan | null = null;
  // (Under a name set over its post, the post's paragraph is no part of the words.)
  let postNext = false;
  // (Under a post embedded in the page, its one paragraph is the words.)
  let oneParagraph = false;
  const close = () => {
    // A turn set in quotation marks ("SOUNDBITE ..." over '"We have started ...') starts at its words.
    // ("Mrs. WU: (Speaking foreign language)", "HEYT: (Singing in Uyghur).": a stage direction alone is no words said.)
    // (And ends before the mark that closes it.)
    if (speaker && turn && !STAGE_DIRECTION.test(doc.text.slice(turn.start, turn.end).trim())) {
      const quoted = /["“]/.test(doc.text[turn.start] ?? "");
      const closed = quoted && /["”]/.test(doc.text[turn.end - 1] ?? "") && turn.end - turn.start > 2;
      out.push({ start: turn.start + (quoted ? 1 : 0), end: turn.end - (closed ? 1 : 0), speaker: speaker.name, speakerText: speaker.text, form: "transcript_turn" });
    }
    turn = null;
  };
  const displayNames = shownNames(paragraphs);
  doc.paragraphs.forEach((p, index) => {
    const header = headers[index];
    if (header) {
      close();
      const text = paragraphs[index]!.slice(header.speakerStart, header.speakerEnd);
      // ("00:31 [Caption] Each resident receives ...": the words a video shows on screen are the page's own, no one's turn.)
      if (ON_SCREEN_TEXT.test(text)) {
        speaker = null;
        return;
      }
      inTurn.add(index);
      // ("Reporter 3: (08:12)" over the question: a clock alone after the label, the words in the paragraph under it.)
      const words = header.contentStart !== null && !CLOCK_ALONE.test(paragraphs[index]!.slice(header.contentStart)) ? header.contentStart : null;
      const content = words !== null ? paragraphs[index]!.slice(words) : (paragraphs[index + 1] ?? "");
      const resolved = header.asWritten ? text : speakers.resolve(text, { start: p.start + header.speakerStart, end: p.start + header.speakerEnd }, resolver, index, content);
      // ("Mr. HALVORSEN." found nowhere else: the surname in capitals, as prose writes it.)
      // ("Pema Dolkar" over "@pemadolkar@tibetan.social" over the post: the poster by the name their account shows.)
      const name = resolved === text && header.inCapitals ? nameCased(text) : header.form === "post" ? (displayNames.get(text) ?? resolved) : resolved;
      speaker = { name, text };
      postNext = header.form === "name_over_post";
      oneParagraph = header.oneParagraph === true;
      if (words !== null) {
        turn = { start: p.start + words, end: p.end };
        if ((header.form === "name_role" && !nameRoleRunsOn) || !transcript) {
          // (A caption's soundbite opened by a quotation mark ends at the mark that closes it; what a script runs on
          // with after it is the narrator's.)
          const opened = /["“]\s*$/u.test(paragraphs[index]!.slice(0, words));
          const closing = opened ? paragraphs[index]!.slice(words).search(/["”](?=\s|$)/u) : -1;
          out.push({ start: turn.start, end: closing >= 0 ? turn.start + closing : turn.end, speaker: name, speakerText: text, form: "name_role_line" });
          turn = null;
          speaker = null;
        }
      }
      return;
    }
    // ("We would like to know ... your family as an example?" over "C: I am the one who has the say ...": in a
    // transcript, a question no label sets, just before a labelled answer, is the interviewer's, not the last speaker's.)
    const nextHeader = headers[index + 1];
    // (Not the words under a label set alone on the line above: "China Daily:" over "How long do ...?".)
    const underLabel = speaker !== null && turn === null;
    // (Nor a question going on from one its turn asked: "Beijing News: What are the methods ...?" then "Which part ...?".)
    // (Only the turn's last few characters are read: a turn running on over many paragraphs costs no more.)
    const asking = () => turn !== null && QUESTION_END.test(doc.text.slice(Math.max(turn.start, turn.end - QUESTION_END_REACH), turn.end));
    // (Nor a rhetorical question ending an answer, "Is this what some people call forced labour?", over the next "Q:": the
    // questions of that transcript carry their label.)
    const nextAsks = () => nextHeader !== null && nextHeader !== undefined && /^Q\d{0,2}$/.test(paragraphs[index + 1]!.slice(nextHeader.speakerStart, nextHeader.speakerEnd));
    if (transcript && !underLabel && QUESTION_END.test(paragraphs[index]!) && nextHeader && (nextHeader.form === "label" || nextHeader.form === "inline") && !asking() && inlineLabel(paragraphs[index]!) === null && !nextAsks()) {
      close();
      out.push({ start: p.start, end: p.end, speaker: speakers.questioner(paragraphs[index]!.replace(/^Q ?\d{0,2}[.:]?\s+/, ""), speakers.asker), speakerText: null, form: "transcript_turn" });
      inTurn.add(index);
      return;
    }
    if (speaker && postNext) {
      postNext = false;
      inTurn.add(index);
      return;
    }
    // ('SOUNDBITE ... Memet Ismayil:' over '"My wife works ... 8,000 yuan."' over 'Yopurga is one of ...': words set whole in
    // quotation marks under their speaker end at the closing mark; the paragraph after, unquoted, is the script's again.)
    if (speaker && turn !== null && /["“]/.test(doc.text[turn.start] ?? "") && /["”]/.test(doc.text[turn.end - 1] ?? "") && !/^["“]/.test(paragraphs[index]!)) {
      close();
      speaker = null;
    }
    if (speaker) {
      turn = turn ? { start: turn.start, end: p.end } : { start: p.start, end: p.end };
      inTurn.add(index);
      if (oneParagraph) {
        close();
        speaker = null;
      }
    }
  });
  close();
  return out;
}

// How many inline turns make a page a briefing whose every speaker's turn runs on over paragraphs.
const INLINE_BRIEFING_TURNS = 3;
// A question an interview sets as a paragraph of its own: "Q " before it, or a question mark after it, and short.
const Q_PREFIX = /^Q\.? (?=\p{Lu})/u;
const QUESTION_WORDS = 45;
// ("Of course. I am Dolma Kyi, and I grew up ...": who answers, naming themselves early in the first answer.)
const ANSWERER_NAMED = new RegExp(String.raw`\b${SELF_NAMING}`, "u");
const ANSWERER_NAMED_REACH = 200;
const INTERVIEW_WITH = new RegExp(String.raw`\b[Ii]nterview(?:ed)? (?:with|by) (${HOST_NAME})\b`, "u");
// How many paragraphs from the top a host's and a guest's introductions are looked for in.
const HOST_PARAGRAPHS = 12;
const QUOTED_WORDS = /["“][^"“”]{0,600}["”]/g;
// How many questions, each answered by the paragraph under it, make a page an interview.
const INTERVIEW_QUESTIONS = 3;

/**
 * "Could you introduce yourself?" over "Of course. I am Dolma Kyi ...", "Q Who benefits most ...?" over "Larger
 * growers ...": an interview set as questions and answers with no label on either. Each question is the
 * interviewer's, and the paragraphs under it, to the next question, the answer of the one interviewed. Empty when
 * the page is no such interview.
 */
function unlabelledInterview(doc: NormalizedDocument, entities: Entities, paragraphs: readonly string[], speakers: TurnSpeakers, resolver: SpeakerResolver, inTurn: Set<number>): Quote[] {
  const first = doc.titled ? 1 : 0;
  // (Not a question someone is quoted asking: 'SOPHIE HARTLEY BEIJING "So are they better off?"'.)
  const isQuestion = (k: number) => k >= first && words(paragraphs[k]!) <= QUESTION_WORDS && (Q_PREFIX.test(paragraphs[k]!) || /\?$/.test(paragraphs[k]!)) && !QUOTE_MARKS.test(paragraphs[k]!);
  const questions = paragraphs.map((_, k) => k).filter(isQuestion);
  const answered = questions.filter((k) => k + 1 < paragraphs.length && !isQuestion(k + 1) && !/^["“]/.test(paragraphs[k + 1]!));
  // ("How much have incomes grown?" over "Per capita disposable income ... reached ...": an explainer's questions as
  // subheads, answered by the writer in the third person; one interviewed answers as "I" or "we" somewhere.)
  const spokenAnswer = answered.some((k) => FIRST_PERSON_WORDS.test(paragraphs[k + 1]!.replace(QUOTED_WORDS, "")));
  if (answered.length < INTERVIEW_QUESTIONS || answered.length * 2 < questions.length || !spokenAnswer) return [];
  // ("Of course. I am Dolma Kyi, and ...": the one answering may say who they are in their first answer; then whoever
  // else the headline names, "Dolma Kyi - Lobsang Tenzin", asks.)
  const introduced = ANSWERER_NAMED.exec(paragraphs[answered[0]! + 1]!.slice(0, ANSWERER_NAMED_REACH))?.[1];
  const headline = doc.titled ? paragraphs[0]! : "";
  // ("Hello and welcome to Rural Dispatch. I'm Priya Raman." then "Today I'm joined by Zhou Wenbo, ...": a show's host
  // names themselves and their guest near the top, maybe under an episode's title that is itself a question.)
  const top = paragraphs.slice(0, Math.max(answered[0]! + 2, HOST_PARAGRAPHS));
  const host = top.map((p) => SELF_INTRODUCED.exec(p)?.[1]).find((name) => name !== undefined);
  const guest = top.map((p) => GUEST_INTRODUCED.exec(p)?.[1]).find((name) => name !== undefined && name !== host);
  const answerer = introduced !== undefined && (entities.people.some((p) => p.name === introduced) || headline.includes(introduced)) ? introduced : guest ?? speakers.resolve("A", doc.paragraphs[answered[0]! + 1]!, resolver, answered[0]! + 1, paragraphs[answered[0]! + 1]!);
  // (Or the one the introduction says the interview was with, "In an interview with Rohan Menon, she discusses ...",
  // or a host who names themselves, "Hi there, I'm Fergus Whitlock, and welcome to ...".)
  const opening = paragraphs.slice(0, answered[0]!).join("\n");
  const interviewedWith = INTERVIEW_WITH.exec(opening)?.[1];
  const asker = speakers.asker !== "interviewer" ? speakers.asker : (entities.people.find((p) => p.name !== answerer && headline.includes(p.name))?.name ?? (interviewedWith !== undefined && interviewedWith !== answerer ? interviewedWith : undefined) ?? host ?? speakers.asker);
  const out: Quote[] = [];
  const last = paragraphs.length - 1;
  for (const [n, k] of answered.entries()) {
    const q = doc.paragraphs[k]!;
    const prefix = Q_PREFIX.exec(paragraphs[k]!)?.[0].length ?? 0;
    out.push({ start: q.start + prefix, end: q.end, speaker: speakers.questioner(paragraphs[k]!.slice(prefix), asker), speakerText: null, form: "transcript_turn" });
    inTurn.add(k);
    // (The answer runs to the next question.)
    const until = Math.min(answered[n + 1] ?? last + 1, questions.find((j) => j > k) ?? last + 1) - 1;
    out.push({ start: doc.paragraphs[k + 1]!.start, end: doc.paragraphs[until]!.end, speaker: answerer, speakerText: null, form: "transcript_turn" });
    for (let j = k + 1; j <= until; j++) inTurn.add(j);
  }
  return out;
}

const PRESS_CONFERENCE_TITLE = /\bSpokes(?:person|man|woman) ([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2})['’]s (?:Regular )?(?:Press Conference|Briefing)\b/u;

// "according to data from X" cites numbers; "according to X" reports what X says.
// ("according to the national rural poverty monitoring survey conducted by ...": a survey, however it is named.)
const CITES_DATA = new RegExp(String.raw`according to (?:the |an? )?(?:[\p{L}-]+ ){0,5}?(?:${DATA_NOUNS}|estimate|survey|census)\b`, "iu");

// "Data from X", "Official figures", "The latest statistics": numbers as the subject of a reporting verb.
// (Not a body so named: "Statistics Indonesia head Amalia Widyasanti revealed ...".)
const DATA_SPEAKER = /^(?:(?:[Tt]he|[Nn]ew|[Ll]atest|[Oo]fficial|[Rr]ecent|[Pp]rovincial|[Nn]ational|[Gg]overnment) )*(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates|[Nn]umbers)(?![ \t]+\p{Lu})\b/u;

// ("said Rahima Mahmut, ...": a paragraph that opens on its reporting verb, its speaker named after it.)
const SAID_OPENING = /^(?:said|says|added|adds|explained|recalled|noted|told [\p{L}]+) /u;
// ("From 2016 to 2020, ", "In Xinjiang, ", "Meanwhile, ": a short phrase of time or place, or a connective, before "according to".)
const SCENE_BEFORE_SOURCE = /^(?:(?:In|From|By|Since|As of|As at|Between|During|Over|Last|This|On|At) [^,;]{1,40}|Meanwhile|Moreover|In addition|However|Overall|Currently|So far),\s*$/;

/** The words "according to X" reports: the sentence on the other side of the phrase. */
function accordingToContent(sentence: string, source: TextSpan): TextSpan | null {
  if (CITES_DATA.test(sentence)) return null;
  const phrase = sentence.toLowerCase().lastIndexOf("according to", source.start);
  if (phrase < 0) return null;
  // "According to X, content." or "Content, according to X."; "..., but according to X there is ...":
  // after a conjunction the phrase opens its own clause, whose words follow the source.
  // ("From 2016 to 2020, according to Tan Lihua, party secretary of the county, Huize will build ...": after a
  // short phrase of time or place, the words said follow the source too.)
  const opensClause = phrase === 0 || /\b(?:but|and|while|whereas|yet)\s+$/.test(sentence.slice(0, phrase)) || SCENE_BEFORE_SOURCE.test(sentence.slice(0, phrase));
  // ("according to Tan Lihua, party secretary of the county, Huize will ...": the source's post is no part of what was said.)
  const post = opensClause ? /^, (?:the |a |an )?\p{Ll}[^,;]{1,80}, (?=\p{Lu})/u.exec(sentence.slice(source.end)) : null;
  const span = opensClause ? { start: source.end + (post?.[0].length ?? 0), end: sentence.length } : { start: 0, end: phrase };
  let { start, end } = span;
  while (start < end && /[\s,]/.test(sentence[start]!)) start++;
  while (end > start && /[\s,.]/.test(sentence[end - 1]!)) end--;
  return end - start >= 12 ? { start, end } : null;
}

/**
 * Whether a clause only passes on another clause's words, so that the report inside is the quote:
 * "Chen Lei ... said the lifting ... means ..., Xinhua reported." (the inner report anywhere in the words
 * before it); "According to the Valley Post, he said that ...", "People's Daily reported that Premier Li
 * Keqiang said ...", "The report said the office announced that ..." (after "according to", "reported"
 * or a document or outlet as the speaker, the inner speaker opening the words). Not "She said,
 * beneficiaries informed her that ...": what she said is that they told her.
 */
function passesOnInner(sentence: string, clause: ReportingClause, claimed: TextSpan, clauses: readonly ReportingClause[]): boolean {
  const inner = (other: ReportingClause) => other !== clause && other.content !== null && claimed.start <= other.speaker.start && other.speaker.end <= claimed.end;
  if (claimed.end <= clause.speaker.start) return clauses.some(inner);
  const passesOn = clause.kind === "according_to" || /\breport(?:ed|s)\b/.test(sentence.slice(clause.speaker.end, claimed.start)) || PASSES_ON.test(sentence.slice(clause.speaker.start, clause.speaker.end));
  return passesOn && clauses.some((other) => inner(other) && other.speaker.start === claimed.start);
}

/**
 * The sentences inside a paragraph. Sentences are in text order and do not overlap, so those inside
 * are a run found by a binary search, not by a pass over them all for each paragraph (quadratic in a
 * text of many short paragraphs).
 */
function sentencesWithin(sentences: readonly TextSpan[], p: TextSpan): TextSpan[] {
  const first = firstFrom(sentences, p.start);
  let end = first;
  while (end < sentences.length && sentences[end]!.end <= p.end) end++;
  return sentences.slice(first, end);
}

// "Liu Shuangyan, 44, Party secretary of Zhuji village, Anhui province": who signs the words above.
const SIGNATURE = /^([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,3}), (?:\d{1,3}, )?(?:an? |the )?[\p{L}][^.!?:"“”]{2,160}$/u;
const FIRST_PERSON_WORDS = /\b(?:I|I'm|I’m|I've|I’ve|my|we|our)\b/i;
// How many words a signed statement has at least: a paragraph, not a caption.
const STATEMENT_WORDS = 20;

// ("... has been in touch. She says the achievement is genuine but the bar is low:" over a paragraph: the last sentence's
// speaker says what they think, then the paragraph under it in their words.)
const SAYS_THEN_BLOCK = /(?:^|[.!?] )(He|She|They|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) (?:says|said|writes|wrote) [^:"“”.!?]{3,160}:$/u;
// ("Below is a partial translation of his post (translation by ...):" over a paragraph: the words of whose the post is.)
const TRANSLATION_OF = /\b(?:is|are|follows|here is|below is)(?: an?| the)? (?:partial |full |abridged |excerpted |rough )?(?:translation|text|excerpt|extract)s? of (his|her|their|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?=['’]s))(?:['’]s)? (?:post|letter|statement|speech|article|essay|note|remarks|message)\b[^:"“”]{0,80}:$/iu;
// "The lead author, Vicky Xiuzhong Xu, wrote:" alone in its paragraph: who speaks the next paragraph.
// (One clause alone: a paragraph that says more first, "... spoke at the opening. Ambassador Lind said:", hands a speech over.)
// ("A reader, Tashi Dondrub, writes in from Xining:": the article "A" is no answer's label, which a colon or a stop follows.)
const INTRODUCES_BLOCK = /^(?!(?:Q|A)\s?\d{0,2}[:.)]|(?:Question|Answer)\b)([\p{Lu}][^:"“”.!?]{1,160}?),? (?:said|says|wrote|writes|stated|states|added|noted|explained|declared|told [^:"“”.!?]{1,40}?)(?: in [^:"“”.!?]{1,60}?)?:$/u;

// "... from her testimony:", "In his statement on Monday:": whose words follow, named by a possessive.
const POSSESSIVE_INTRO = /\b(his|her|their)(?: [\p{Ll}-]+){0,2} (?:testimony|statement|remarks|speech|words|letter|address|post|account|interview|answer|reply|response|message|essay|article)\b[^:"“”]{0,60}:$/u;

const RELATIVE_BEFORE_VERB = /, (?:who|which) [^:"“”]{1,240}?,(?= (?:said|says|stated|states|wrote|writes|added|noted|explained|declared|told)\b)/;

/** Who a paragraph ending on a colon hands the next paragraph's quotation to ("She told the committee:"), or null. */
function handedOverBy(text: string, above: TextSpan): TextSpan | null {
  const written = text.slice(above.start, above.end);
  if (!written.endsWith(":")) return null;
  // (Its last sentence only: what the paragraph said first is not the handing over.)
  // (And no more of it than a speaker's reach, so a long paragraph costs no more.)
  const from = Math.max(written.lastIndexOf(". ", written.length - 2) + 2, written.length - SPEAKER_REACH, 0);
  // ("Lhadon Tethong, Director of ..., who first exposed ... in a report in 2021 [3], stated:": a relative clause just
  // before the verb describes the speaker before it; cut, it leaves the words before it where they stood.)
  const clause = written.slice(from).replace(RELATIVE_BEFORE_VERB, "");
  const said = SPEAKER_BEFORE.exec(clause);
  if (said && !/\b(?:is|are|was|were|be|been|being|its|their|his|her|the|an?)$/i.test(said[1]!)) {
    const scene = SCENE_SETTING.test(said[1]!) || /^In (?:his|her|their|a|an|the)\b/.test(said[1]!) ? /^[^,]{0,80}, /.exec(said[1]!) : null;
    const start = above.start + from + said.index + (scene?.[0].length ?? 0);
    return { start, end: above.start + from + said.index + said[1]!.length };
  }
  const owner = POSSESSIVE_INTRO.exec(clause);
  return owner ? { start: above.start + from + owner.index, end: above.start + from + owner.index + owner[1]!.length } : null;
}

/**
 * "The lead author, Vicky Xiuzhong Xu, wrote:" over a paragraph with no quotation marks: that paragraph is
 * the words of who the line names (the name in its apposition, when it has one).
 */
function introducedBlocks(doc: NormalizedDocument, resolver: SpeakerResolver, inTurn: Set<number>): Quote[] {
  const out: Quote[] = [];
  doc.paragraphs.forEach((p, k) => {
    const next = doc.paragraphs[k + 1];
    if (next === undefined || inTurn.has(k) || inTurn.has(k + 1) || (k === 0 && doc.titled)) return;
    const paragraph = doc.text.slice(p.start, p.end);
    const m = INTRODUCES_BLOCK.exec(paragraph) ?? SAYS_THEN_BLOCK.exec(paragraph) ?? TRANSLATION_OF.exec(paragraph);
    if (m === null || /^["“‘]/.test(doc.text.slice(next.start, next.start + 1))) return;
    const at = p.start + m.index + m[0].indexOf(m[1]!);
    // (A name in the line's apposition, in capitalised words: "Vicky Xiuzhong Xu".)
    const pieces = m[1]!.split(/,\s*/);
    const named = pieces.find((piece) => personNameForm(piece.split(" ")) !== null) ?? (pieces.length > 1 ? pieces.slice(1).find((piece) => /^(?!The\b)\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(piece)) : undefined);
    const speaker = named ?? resolver.resolve({ start: at, end: at + m[1]!.length });
    out.push({ start: next.start, end: next.end, speaker, speakerText: m[1]!, form: "quotation" });
    inTurn.add(k + 1);
  });
  return out;
}

// "From NPR News, this is ALL THINGS CONSIDERED. I'm Michele Norris.", "Hello and welcome to ... I'm Ning Yan.":
// a broadcast's host, naming themselves.
// ("Hey, I'm Kelly McEvers, and this is Embedded from NPR.": the name, then the show.)
const SELF_INTRODUCED = new RegExp(String.raw`(?:^|[.!?] |(?:^|\| )${INTRODUCTION_OPENER})${selfIntroduction(String.raw`(?:Dr\.? )?${HOST_NAME}`)}`, "u");
const SELF_INTRODUCTION_WORDS = 80;
const CLOCKED_PIECES = /^\d{1,2}:\d{2}(?::\d{2})?(?:\.\d)? \| /;

/** A paragraph with no quotation marks in which a host names themselves: that host's turn. */
function selfIntroductions(doc: NormalizedDocument, inTurn: Set<number>): Quote[] {
  const out: Quote[] = [];
  doc.paragraphs.forEach((p, k) => {
    if (inTurn.has(k) || (k === 0 && doc.titled)) return;
    const text = doc.text.slice(p.start, p.end);
    const m = SELF_INTRODUCED.exec(text);
    if (m === null || QUOTE_MARKS.test(text)) return;
    // ("0:00.0 | Hello there, I'm Ed Butler and welcome to ... | 0:05.1 | ...": a player's transcript, its clocked
    // pieces run together; the piece in which the host names themselves is theirs.)
    if (!CLOCKED_PIECES.test(text)) {
      if (words(text) > SELF_INTRODUCTION_WORDS) return;
      out.push({ start: p.start, end: p.end, speaker: m[1]!, speakerText: m[1]!, form: "transcript_turn" });
      inTurn.add(k);
      return;
    }
    const from = m.index + (m[0].startsWith("| ") ? 2 : 0);
    const to = text.indexOf(" |", m.index + m[0].length);
    out.push({ start: p.start + from, end: p.start + (to < 0 ? text.length : to), speaker: m[1]!, speakerText: m[1]!, form: "transcript_turn" });
  });
  return out;
}

/**
 * Statements in the first person, each signed on the line under it ("We villagers used to live ..."
 * over "Mao Xianglin, 62, Party secretary of ..."): each is that person's turn.
 */
function signedStatements(doc: NormalizedDocument, resolver: SpeakerResolver, inTurn: Set<number>): Quote[] {
  const out: Quote[] = [];
  for (let k = 1; k < doc.paragraphs.length; k++) {
    const above = doc.paragraphs[k - 1]!;
    const sign = doc.paragraphs[k]!;
    const signature = SIGNATURE.exec(doc.text.slice(sign.start, sign.end));
    const statement = doc.text.slice(above.start, above.end);
    if (signature === null || inTurn.has(k - 1) || (k - 1 === 0 && doc.titled) || words(statement) < STATEMENT_WORDS || !FIRST_PERSON_WORDS.test(statement) || /^["“]/.test(statement)) continue;
    const speaker = resolver.resolve({ start: sign.start, end: sign.start + signature[1]!.length }) ?? signature[1]!;
    out.push({ start: above.start, end: above.end, speaker, speakerText: signature[1]!, form: "transcript_turn" });
    inTurn.add(k - 1);
  }
  return out;
}

// ("To: granite_stater" over a reply, and "3 posted on 03/02/2021 6:41:55 PM PST by TexasTea" under it: a board that
// names each poster under the post, and whom the post answers over it.)
const REPLY_TO = /^To: \S.{0,60}$/;
const POST_FOOTER = /^\d{1,5} posted on .{6,40}? by ([\p{L}\p{N}_.-]{2,40})$/u;

// ("Marcus_in_Zunyi, on China Daily website", "Zhou Peng, via e-mail": a readers' page signs each letter under it.)
const LETTER_SIGNATURE = /^([\p{L}\p{N}_.-]{2,40}(?: [\p{Lu}][\p{L}'’.-]+){0,2}), (?:on (?:the )?\p{Lu}[\p{L} .-]{1,40} (?:website|site|app|forum)|(?:via|by) e-?mail)$/u;
// How many paragraphs of prose above the first signature a letter may hold.
const FIRST_LETTER_PARAGRAPHS = 3;
const LETTER_PARAGRAPH_WORDS = 15;

/** Replies signed under their words: each, from its "To:" line down to the line naming its poster, is the poster's turn. */
function signedReplies(doc: NormalizedDocument, inTurn: Set<number>): Quote[] {
  const out: Quote[] = [];
  const at = (k: number) => doc.text.slice(doc.paragraphs[k]!.start, doc.paragraphs[k]!.end);
  let opened = -1;
  // (Letters follow one another: each runs from under the signature before it.)
  let lastSigned = -1;
  for (let k = 0; k < doc.paragraphs.length; k++) {
    const writer = LETTER_SIGNATURE.exec(at(k))?.[1];
    if (writer !== undefined) {
      let first = lastSigned + 1;
      if (lastSigned < 0) {
        first = k;
        while (first > (doc.titled ? 1 : 0) && k - first < FIRST_LETTER_PARAGRAPHS && words(at(first - 1)) >= LETTER_PARAGRAPH_WORDS) first--;
      }
      // (Paragraphs another rule already gave the writer, the one just over the signature, are left to it.)
      let end = first;
      while (end < k && !inTurn.has(end)) end++;
      if (end > first) out.push({ start: doc.paragraphs[first]!.start, end: doc.paragraphs[end - 1]!.end, speaker: writer, speakerText: null, form: "transcript_turn" });
      for (let j = first; j <= k; j++) inTurn.add(j);
      lastSigned = k;
      continue;
    }
    if (REPLY_TO.test(at(k))) opened = k;
    const poster = POST_FOOTER.exec(at(k))?.[1];
    if (poster === undefined) continue;
    const first = opened + 1;
    let free = opened >= 0 && first < k;
    for (let j = first; free && j < k; j++) free = !inTurn.has(j);
    if (free) {
      out.push({ start: doc.paragraphs[first]!.start, end: doc.paragraphs[k - 1]!.end, speaker: poster, speakerText: null, form: "transcript_turn" });
      for (let j = opened; j <= k; j++) inTurn.add(j);
    }
    opened = -1;
  }
  return out;
}

// ("Very clear, thanks. ... – Ruth Mensah Dec 4, 2020 at 11:02": a comment under a post, its writer and when after a dash.)
const COMMENT_SIGNED = new RegExp(String.raw`^(.{2,600}?) [–—-] ([\p{L}\p{N}_.'’-]{2,40}(?: [\p{Lu}][\p{L}'’.-]+){0,2}) ${SITE_DAY}$`, "u");
// ("Sorted by: Highest score (default)", "Highest score (default)", "Accepted" over an answer: the page's labels, no words of the answer's.)
const ANSWER_LABEL = /^(?:Sorted by:? .{0,60}|Highest score \(default\)|Date modified \(newest first\)|Accepted|\d{1,4} Answers?)$/;

/** A question site's posts: each answer, signed under it, is its writer's turn; each comment, signed after a dash, its writer's. */
function signedAnswers(doc: NormalizedDocument, inTurn: Set<number>): Quote[] {
  const out: Quote[] = [];
  const at = (k: number) => doc.text.slice(doc.paragraphs[k]!.start, doc.paragraphs[k]!.end);
  // Where the next post may start: under the title, then under the last post or comment.
  let from = doc.titled ? 1 : 0;
  for (let k = from; k < doc.paragraphs.length; k++) {
    const comment = COMMENT_SIGNED.exec(at(k));
    if (comment && !inTurn.has(k)) {
      const start = doc.paragraphs[k]!.start;
      out.push({ start, end: start + comment[1]!.length, speaker: comment[2]!, speakerText: null, form: "transcript_turn" });
      inTurn.add(k);
      from = k + 1;
      continue;
    }
    // (The signer on the line under the day, or after it on the same line.)
    const signed = ANSWER_SIGNED.exec(at(k));
    const inline = signed?.[2];
    const signer = signed === null ? "" : (inline ?? (k + 1 < doc.paragraphs.length ? at(k + 1) : ""));
    if (!SIGNER.test(signer)) continue;
    let first = from;
    while (first < k && ANSWER_LABEL.test(at(first))) first++;
    let free = first < k;
    for (let j = first; free && j < k; j++) free = !inTurn.has(j);
    if (free) {
      out.push({ start: doc.paragraphs[first]!.start, end: doc.paragraphs[k - 1]!.end, speaker: signer, speakerText: null, form: "transcript_turn" });
      for (let j = first; j <= (inline ? k : k + 1); j++) inTurn.add(j);
    }
    from = inline ? k + 1 : k + 2;
    if (!inline) k++;
  }
  return out;
}

// How many paragraphs under a poster's handle a pasted story's dateline may stand.
const PASTED_REACH = 4;
// A story's dateline opening a paragraph: "LIANGHEKOU, China —", "URUMQI, July 4 (Xinhua) --".
const PASTED_DATELINE = /^\p{Lu}{3,}(?: \p{Lu}{3,}){0,2}(?:, \p{Lu}[\p{L} .]{1,30})?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([^()]{2,40}\))? ?(?:—|–|--)/u;
// How far into a paragraph a pasted story's dateline ends.
const PASTED_DATELINE_CHARS = 80;
const opensPastedStory = (paragraph: string) => PASTED_DATELINE.test(paragraph.slice(0, PASTED_DATELINE_CHARS));

// ("This was stated by Liu Yongfu, director of ...": the words just before are the named person's, said after them.)
const STATED_BY = /^(?:This|That|These (?:remarks|views|comments|words|figures)) (?:was|were) (?:stated|said|disclosed|revealed|announced|expressed|made|shared|pointed out|noted) by ([\p{Lu}][\p{L}'’.-]*(?: (?:[\p{Lu}][\p{L}'’.-]*|uz|ul|ud|ur|bin|binti|al|el|de|van|von|da)){1,5})/u;

const NAME_PARTICLE = / (?:uz|ul|ud|ur|bin|binti|al|el|de|van|von|da) /;
// How far into a sentence "This was stated by X" is read.
const STATED_BY_REACH = 200;
const OWN_REPORTING = /\b(?:said|says|announced|announces|reported|reports|stated|states|told|according to|noted|added)\b/;

/** Sentences opening "This was stated by X, ...": the sentence before in the paragraph, or the paragraph before, is X's. */
function statedAfter(doc: NormalizedDocument, resolver: SpeakerResolver, inTurn: Set<number>): Quote[] {
  const out: Quote[] = [];
  // (One walk over the sentences, the paragraph each stands in kept beside it.)
  let k = 0;
  let previous: TextSpan | undefined;
  for (const sentence of doc.sentences) {
    const from = k;
    while (k + 1 < doc.paragraphs.length && doc.paragraphs[k + 1]!.start <= sentence.start) k++;
    if (k !== from) previous = undefined;
    const stated = inTurn.has(k) ? null : STATED_BY.exec(doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + STATED_BY_REACH)));
    const before = stated === null ? undefined : (previous ?? (k > (doc.titled ? 1 : 0) && !inTurn.has(k - 1) ? doc.paragraphs[k - 1]! : undefined));
    // (Words that already say whose they are, "China Daily announced that ...", stay theirs.)
    if (stated !== null && before !== undefined && !OWN_REPORTING.test(doc.text.slice(before.start, before.end))) {
      const at = sentence.start + stated[0].length - stated[1]!.length;
      // (The name as written when the resolver knows only part of it: "Badar uz Zaman", its particle in lower case.)
      const named = resolver.resolve({ start: at, end: at + stated[1]!.length });
      const speaker = named === null || (!named.includes(" ") && NAME_PARTICLE.test(stated[1]!)) ? stated[1]! : named;
      out.push({ start: before.start, end: before.end, speaker, speakerText: stated[1]!, form: "reported_speech" });
    }
    previous = sentence;
  }
  return out;
}

/**
 * A forum thread's opening post: its words, from the first paragraph of the page's text to the first
 * reply's header, are its poster's, the author the page's header names ("Posted by u/...", the name
 * over the member's profile).
 */
function openingPost(doc: NormalizedDocument, inTurn: Set<number>): Quote | null {
  const poster = doc.metadata.author?.split("; ")[0];
  if (doc.metadata.kind !== "forum_post" || poster === undefined) return null;
  const first = doc.titled ? 1 : 0;
  if (first >= doc.paragraphs.length || inTurn.has(first)) return null;
  let last = first;
  while (last + 1 < doc.paragraphs.length && !inTurn.has(last + 1)) last++;
  // ("LIANGHEKOU, China —" over a story the poster pasted: a wire's or a paper's words, not the poster's.)
  for (let k = first; k <= last; k++) if (opensPastedStory(doc.text.slice(doc.paragraphs[k]!.start, doc.paragraphs[k]!.end))) return null;
  for (let k = first; k <= last; k++) inTurn.add(k);
  return { start: doc.paragraphs[first]!.start, end: doc.paragraphs[last]!.end, speaker: poster, speakerText: null, form: "transcript_turn" };
}

const INTERRUPTED_AFTER = /^\s+\p{Lu}[^,.!?"“”]{0,60}, (?:he|she|they) (?:said|says|added|explained)\b/u;

const CLOCK_ALONE = new RegExp(`^\\s*\\(?${CLOCK}\\)?\\s*$`);

export function extractQuotes(doc: NormalizedDocument, entities: Entities, clausesOf: ClausesOf = reportingClauses, resolver: SpeakerResolver = speakerResolver(doc.text, entities)): Quote[] {
  const inTurn = new Set<number>();
  const quotes = turnQuotes(doc, entities, resolver, inTurn);
  quotes.push(...signedStatements(doc, resolver, inTurn));
  quotes.push(...signedReplies(doc, inTurn));
  quotes.push(...signedAnswers(doc, inTurn));
  quotes.push(...introducedBlocks(doc, resolver, inTurn));
  quotes.push(...selfIntroductions(doc, inTurn));
  quotes.push(...statedAfter(doc, resolver, inTurn));
  const opening = openingPost(doc, inTurn);
  if (opening) quotes.push(opening);
  // A speech set out as the page, where no transcript's turns are: one turn to the end.
  // ("Mr. He Zhengyu, Vice Governor" over "Dear friends from the press, ..." over his remarks, then "Yunnan Daily: ..."
  // and the answers: opening remarks run to the first turn of the questions after them.)
  const firstTurn = inTurn.size === 0 ? doc.paragraphs.length : Math.min(...inTurn);
  const speech = quotes.length === 0 || firstTurn > 1 ? findSpeech(doc, entities, resolver) : null;
  if (speech && speech.firstParagraph < firstTurn) {
    const last = Math.min(firstTurn, doc.paragraphs.length) - 1;
    quotes.push({ start: speech.start, end: doc.paragraphs[last]!.end, speaker: speech.speaker, speakerText: null, form: "transcript_turn" });
    for (let k = speech.firstParagraph; k <= last; k++) inTurn.add(k);
  }
  // ("Villager:" over "I asked the official, “What would you do ...?”": inside a turn, "I" and "we" are whoever's turn it is.)
  const turns = quotes.filter((q) => q.form === "transcript_turn" || q.form === "name_role_line");
  const resolveSpeaker = (span: TextSpan): string | null => {
    const words = doc.text.slice(span.start, span.end);
    const firstPerson = FIRST_PERSON.test(words);
    const addressee = !firstPerson && /^you$/i.test(words.trim());
    const at = firstPerson || addressee ? turns.findIndex((t) => t.start <= span.start && span.end <= t.end) : -1;
    if (firstPerson && at >= 0 && turns[at]!.speaker !== null) return turns[at]!.speaker;
    // ("Commentary World: In a recent column, you argued that ...": inside a turn, "you" is the one it is put to,
    // who speaks in the next turn that is not the asker's, else the last one before.)
    if (addressee && at >= 0) {
      const asker = turns[at]!.speaker;
      const addressed = turns.slice(at + 1).find((t) => t.speaker !== null && t.speaker !== asker) ?? turns.slice(0, at).reverse().find((t) => t.speaker !== null && t.speaker !== asker);
      if (addressed !== undefined) return addressed.speaker;
    }
    // ("MEMETJAN OBUL" in a script's label, "ZHANG LIANFU, a wiry man ...": a person's name set in capitals, as prose writes it.)
    const found = resolver.resolve(span);
    return found !== null && NAME_IN_CAPITALS_ONLY.test(found) ? nameCased(found) : found;
  };
  let lastQuoted: { paragraph: number; speaker: string } | null = null;
  // (Each paragraph's quotation marks are paired once, for the run-on look-ahead and for the paragraph itself.)
  const spansOf = doc.paragraphs.map((p) => quotationSpans(doc.text.slice(p.start, p.end)));
  const carried = carriedQuotations(doc.text, doc.paragraphs, spansOf);
  doc.paragraphs.forEach((p, index) => {
    if (index === 0 && doc.titled) return;
    // Inside a turn, only what the speaker reports others saying is a quote of its own.
    const turn = inTurn.has(index);
    const marked = spansOf[index]!.map((s) => ({ start: s.start + p.start, end: s.end + p.start }));
    // (Words a quotation opened above runs on through are in it, reported by no clause of their own.)
    const goingOn = carriedOver(carried, p.start);
    if (goingOn) marked.push({ start: p.start, end: Math.min(p.end, goingOn.end) });
    const sentences = sentencesWithin(doc.sentences, p);
    const paraphrased: TextSpan[] = [];
    for (const q of marked) {
      const content = doc.text.slice(q.start, q.end);
      // The speaker stands within a few words of the quote: look no further, so the work per
      // quotation stays bounded however long the paragraph.
      // (After the closing mark, which a space may stand before.)
      let close = q.end;
      while (close < p.end && /\s/.test(doc.text[close]!)) close++;
      // ('... by 2020,’’ he said': a closing mark of two single marks.)
      const markWidth = closingMarkWidth(doc.text, close);
      const rest = doc.text.slice(close + markWidth, Math.min(p.end, close + markWidth + SPEAKER_REACH));
      const leadStart = Math.max(p.start, q.start - 1 - SPEAKER_REACH);
      const lead = doc.text.slice(leadStart, q.start - 1);
      // ('the report titled "Tibet Since 1951: ...,"': a document's title in quotation marks, no one's words.)
      if (TITLED_BEFORE.test(lead)) continue;
      let speakerSpan: TextSpan | null = null;
      // ('((Gulbahar Haitiwaji, Chinese Detention Camp Survivor)) “I was ...”', '((Uyghur Student (Boy 1)) “...”': a TV
      // script's cue in double brackets names who speaks next; "((NARRATOR))", in capitals, is a stage cue.)
      const cue = SCRIPT_CUE.exec(lead);
      if (cue && /\p{Ll}/u.test(cue[1]!)) {
        const written = cue[1]!.trim();
        const name = written.split(",")[0]!.trim();
        // ("Uyghur Student (Boy 1": the label's own bracket closes on the first of the two marks after it.)
        const label = written.includes(",") && CUE_NAME.test(name) ? name : written.includes("(") && !written.includes(")") ? `${written})` : written;
        const start = leadStart + cue.index + 2;
        speakerSpan = { start, end: start + label.length };
      }
      // ('... accounts for 40 percent.SOUNDBITE 1 (Uygur): MEMETJAN OBUL, Walnut grower' over '"My family has 25 mu ...':
      // a video page that runs its script's soundbite label onto the narration above the words.)
      if (speakerSpan === null && q.start - 1 === p.start && index > 0) {
        const above = doc.paragraphs[index - 1]!;
        // (Not a label that opens its own paragraph: that one is a turn's header.)
        const from = Math.max(above.start, above.end - SOUNDBITE_REACH);
        const glued = SOUNDBITE_OPENING.test(doc.text.slice(above.start, above.start + 20)) ? null : GLUED_SOUNDBITE.exec(doc.text.slice(from, above.end));
        if (glued) {
          const start = from + glued.index + glued[0].indexOf(glued[1]!);
          speakerSpan = { start, end: start + glued[1]!.length };
        }
      }
      // ('"...," Mr. Ma Jun, deputy head of ..., said': an honorific's stop ends no clause; masked, the places stay.)
      const found = speakerSpan === null ? SPEAKER_AFTER.exec(rest.replace(HONORIFIC_STOP, "$1 ")) : null;
      // ('"...," Li said' closes speech with a stop or a comma; 'Western "researchers" again ... Xinhua reported' is a scare quote.)
      // ('...”[1] In his more recent address in January 2023, by X, reported': a note's mark or a phrase a preposition opens is no speaker.)
      // ('... was expected to send "at least 40 people per round". A 46-year-old woman said ...': words quoted inside a
      // sentence that ends at the closing mark are its own speaker's; the next sentence's subject speaks for itself.)
      const endsItsSentence = /^\./.test(rest) && !/[,.!?…]$/.test(content) && (found === null || found[1] === undefined);
      // ('... "measures the floor, not the ladder." Beijing says 98.99 million residents crossed ...': after a quotation that
      // closes its own sentence, a clause whose verb goes on to words of its own reports those, not the quotation.)
      const saysItsOwn = found !== null && found[1] === undefined && /[.!?…]$/.test(content) && /\b(?:says|said|claims|claimed|argues|argued|insists|insisted|estimates|estimated)$/.test(found[0]) && OWN_WORDS_AFTER_VERB.test(rest.slice(found[0].length));
      // ('... "like grain targets in the old days." Her office, she said, had been told ...': after a quotation that closes
      // its sentence, a new sentence whose subject a pronoun's reporting clause interrupts; the pronoun speaks, of the subject.)
      const interrupted = /[.!?…]$/.test(content) && INTERRUPTED_AFTER.test(rest);
      const after = found && !endsItsSentence && !saysItsOwn && !interrupted && (found[1] !== undefined || /[,.!?…]$/.test(content) || /^[,.]/.test(rest)) && !NOT_A_SPEAKER_OPENING.test(found[2] ?? found[3] ?? "") && !INTRODUCES_NEXT.test(rest.slice(found[0].length)) ? found : null;
      const inverted = after === null && speakerSpan === null ? INVERTED_BEFORE.exec(lead) : null;
      if (after) {
        // '"...," said Mr Yang when the paper visited him': who speaks ends where a clause of its own begins.
        // ('"...," said the Kalon Tripa addressing the situation inside Tibet': nor where a participle says what they spoke of.)
        const group = (after[1] ?? after[2] ?? after[3]!).split(/\s(?:when|as|while|after|before|during|because|where|addressing|referring|commenting|speaking|responding|answering|describing|pointing|reacting)\s/)[0]!;
        const start = close + markWidth + after[0].indexOf(group);
        speakerSpan = { start, end: start + group.trimEnd().length };
        // ('Writing in 2019, the anthropologist Jikre Amu described the campaign as "...", and noted that ...': "and" alone
        // before the verb goes on with the subject the sentence opened on, past its opening phrase.)
        const own = /^(?:and|but)$/.test(group.trimEnd()) ? sentences.find((t) => t.start <= q.start && q.start <= t.end) : undefined;
        const opener = own === undefined ? null : pastSubject(doc.text.slice(own.start, q.start));
        if (opener) speakerSpan = { start: own!.start + opener.start, end: own!.start + opener.end };
        // ('"...," the FAO chief, Jose Graziano da Silva, wrote': a description, then the person's name set off by commas.)
        // ('"...," Guizhou's party secretary, Zhao Kezhi, said': a place's or a body's possessive may stand for the article.)
        // ('"..." Through a video link, Ayhan Tursun, a farmer, told reporters': a phrase that sets the scene, then the name.)
        // ('"...," said the cooperative's accountant, Zhou Wen.': so after the verb too.)
        const named = (after[2] !== undefined || after[1] !== undefined) && (/^(?:the |a |an |its |his |her |their |\p{Lu}[\p{L}-]*['’]s )/iu.test(group) || SCENE_OPENING.test(group)) ? APPOSED_NAME.exec(doc.text.slice(speakerSpan.end, speakerSpan.end + APPOSED_NAME_REACH)) : null;
        const nameSpan = named ? { start: speakerSpan.end + 2, end: speakerSpan.end + 2 + named[1]!.length } : null;
        // (At the sentence's end the name has no comma after it, which `personAt` looks for: a name of a person's form there;
        // not "added the villager from Hill village, Valley county.")
        if (nameSpan !== null && (resolver.personAt(nameSpan.start) !== null || (!named![0].endsWith(",") && personNameForm(named![1]!.split(" ")) !== null && resolver.resolve(nameSpan) === named![1]))) speakerSpan = nameSpan;
      } else if (inverted) {
        // ('... but the interest, says Mr Ma, "eats the pig ..."': a clause set inside the sentence, its verb before the name.)
        const start = leadStart + inverted.index + inverted[0].indexOf(inverted[1]!, 2);
        speakerSpan = { start, end: start + inverted[1]!.length };
      } else if (speakerSpan === null) {
        // ('The programme is said to rest on "...", 'despite its stated "voluntary" nature': a passive or an adjective, not a speaker.)
        const named = SPEAKER_BEFORE.exec(lead);
        const before = named && !/\b(?:is|are|was|were|be|been|being|its|their|his|her|the|an?)$/i.test(named[1]!) ? named : null;
        if (before) {
          // ("Speaking of his new life, Ye said": the phrase that sets the scene is not who speaks.)
          // ("... on the sidelines of this year's Two Sessions, he said, “...”": a pronoun after the scene's comma speaks alone.)
          // ("In a written reply, the county's publicity department said that ...": nor a phrase a preposition opens.)
          const scene = SCENE_SETTING.test(before[1]!) ? /^[^,]{0,80}, /.exec(before[1]!) : (/^.*, (?=(?:he|she|they)$)/.exec(before[1]!) ?? OPENING_PHRASE.exec(before[1]!));
          const timed = scene === null ? TIME_CLAUSE_THEN_PRONOUN.exec(before[1]!) : null;
          const start = leadStart + before.index + (scene?.[0].length ?? (timed ? before[1]!.length - timed[1]!.length : 0));
          const doer = doerBeforeAnd(before[1]!);
          speakerSpan = { start, end: leadStart + before.index + (doer?.end ?? before[1]!.length) };
          // ("Dr. Lobsang Norbu, who has served the village clinic of Gyaling ... for 23 years, recalled that": the words
          // caught may open inside a relative clause; who speaks is the name the clause describes.)
          const described = before[1]!.endsWith(",") ? NAME_WHO_CLAUSE.exec(doc.text.slice(Math.max(p.start, speakerSpan.start - NAME_WHO_REACH), speakerSpan.end)) : null;
          const describedAt = described === null ? -1 : speakerSpan.end - described[0].length + described[0].indexOf(described[1]!);
          // (A person's name, not a body's: "Professor Sha Jianhua at Lanzhou University, who has worked ..." stays his.)
          if (described !== null && (personNameForm(described[1]!.split(" ")) !== null || resolver.personAt(describedAt) !== null)) speakerSpan = { start: describedAt, end: describedAt + described[1]!.length };
          // ("She is 81 and she told the cadre, "...", "My father worked there for 20 years and he always said, "...": a
          // second clause's pronoun, after "and", is who speaks; the first clause describes them.)
          const pronoun = PRONOUN_AFTER_AND.exec(before[1]!);
          if (pronoun) {
            const pronounStart = leadStart + before.index + pronoun.index + " and ".length;
            speakerSpan = { start: pronounStart, end: pronounStart + pronoun[1]!.length };
          }
        }
        // 'Gao Fen, a deputy to ... and head of ..., Tongren - where ... - said, "..."': a long apposition
        // after the name that opens the sentence; the speaker is that name.
        const opening = before ? sentences.find((s) => s.start <= q.start - 1 && q.start - 1 <= s.end) : undefined;
        if (opening && speakerSpan && opening.start >= leadStart && opening.start < speakerSpan.start && resolver.personAt(opening.start) !== null) speakerSpan = { start: opening.start, end: speakerSpan.end };
        // ('The 56-year-old farmer, whose four children have left ..., leaving him ..., said, "..."': who
        // speaks is the subject a relative clause describes, not the clause's last words.)
        const described = opening && speakerSpan && opening.start < speakerSpan.start ? DESCRIBED_SUBJECT.exec(doc.text.slice(opening.start, speakerSpan.start)) : null;
        if (described) speakerSpan = { start: opening!.start, end: opening!.start + described[1]!.length };
        // ('Ma quotes a former village head, Ding Zhanhai, 67, who told her: "..."': the one the relative clause
        // names, not the sentence's subject.)
        const relative = before ? NAME_THEN_WHO.exec(before[1]!) : null;
        if (relative) {
          const at = leadStart + before!.index + relative.index + 2;
          speakerSpan = { start: at, end: at + relative[1]!.length };
        }
        // ('My colleague Zhou Ning, who spent 8 weeks there, put it this way: "..."': whose colleague is no part of who speaks.)
        if (speakerSpan && KIN_OPENING.test(doc.text.slice(speakerSpan.start, speakerSpan.end))) {
          speakerSpan = firstPersonWithin(entities, speakerSpan.start + 1, speakerSpan.end) ?? speakerSpan;
        }
      }
      // ('Spokesperson Lin Jiahua on Wednesday dismissed the study as "fabricated by separatists".': words quoted at the
      // end of a sentence no reporting verb heads are the sentence's subject's, the first person it names near its start.)
      if (speakerSpan === null && endsItsSentence) {
        const sentence = sentences.find((s) => s.start <= q.start - 1 && q.start - 1 <= s.end);
        const from = sentence?.start ?? Infinity;
        const reach = Math.min(q.start - 1, from + SUBJECT_REACH);
        speakerSpan = firstPersonWithin(entities, from, reach);
      }
      // ('She told the committee:' or 'Here is a highlight from her testimony:' over a paragraph that opens on
      // the quotation: the paragraph above hands the words over.)
      if (speakerSpan === null && index > 0 && q.start <= p.start + 1) speakerSpan = handedOverBy(doc.text, doc.paragraphs[index - 1]!);
      // ('“The peaceful liberation of Tibet was a major event ...” President Hu Jintao.': a name set after the
      // quotation with nothing more, to the paragraph's end, signs it.)
      const signature = speakerSpan === null && /[.!?…]$/.test(content) ? SIGNED_AFTER.exec(rest) : null;
      if (signature && rest.length < SPEAKER_REACH) {
        const start = close + markWidth + signature.index + signature[0].indexOf(signature[1]!);
        const span = { start, end: start + signature[1]!.length };
        if (entities.people.some((person) => person.mentions.some((m) => m.start >= span.start && m.end <= span.end))) speakerSpan = span;
      }
      // ('"Every 200 meters, there's checkpoints." Australian Uyghur': a programme page's pull quote, a paragraph of its own,
      // signed with who said it, a description of two to four words and no stop.)
      const described = speakerSpan === null && q.start <= p.start + 1 && /[.!?…]$/.test(content) && rest.length <= DESCRIBED_REACH ? DESCRIBED_AFTER.exec(rest) : null;
      if (described) {
        const start = close + markWidth + described[0].indexOf(described[1]!);
        speakerSpan = { start, end: start + described[1]!.length };
      }
      // ('“The ultimate goal ... is to achieve its complete sinicisation.” Zhang Xunmou Director, Religious Research
      // Centre, ...': an epigraph, its speaker's name and post set straight after the closing mark.)
      const epigraph = speakerSpan === null && q.start <= p.start + 1 && /[.!?…]$/.test(content) ? EPIGRAPH_SIGNATURE.exec(rest) : null;
      if (epigraph) {
        const start = close + markWidth + epigraph[0].indexOf(epigraph[1]!);
        speakerSpan = { start, end: start + epigraph[1]!.length };
      }
      // ('“I decided I wanted to start a fish farm, too. ...”' over '—Mo Wangqing': a pull quote, a paragraph of
      // its own, signed with a dash on the line under it.)
      const under = doc.paragraphs[index + 1];
      const signedUnder = speakerSpan === null && under !== undefined && q.start <= p.start + 1 && q.end >= p.end - 2 ? DASH_SIGNATURE.exec(doc.text.slice(under.start, Math.min(under.end, under.start + SPEAKER_REACH))) : null;
      if (signedUnder && under!.end - under!.start <= SPEAKER_REACH) {
        const start = under!.start + signedUnder[0].indexOf(signedUnder[1]!);
        const span = { start, end: start + signedUnder[1]!.length };
        if (entities.people.some((person) => person.name === signedUnder[1] || person.mentions.some((m) => m.start >= span.start && m.end <= span.end))) speakerSpan = span;
      }
      const quoteSentence = sentences.find((s) => s.start <= q.start && q.start < s.end);
      // A quotation the page's end cuts short ends in the middle of a word; any other, at a stop.
      // (Cut short by the page's end: a quotation that runs to the end of the last paragraph, however it opened.)
      const cutShort = index === doc.paragraphs.length - 1 && q.end >= p.end - 1;
      // Short quoted phrases with no speaker are scare quotes or names, not speech; a short sentence
      // that goes on from a quotation earlier in the paragraph ('"...," said X. "Now the bus takes
      // forty minutes."') is more of it.
      // (So is a short quoted sentence that is a paragraph of its own, under a paragraph whose quotation has a
      // speaker: '"...," said Dong Lin, a worker.' then '"They want their pay."'.)
      const ownParagraph = q.start <= p.start + 1 && q.end >= p.end - 2;
      const goesOn = lastQuoted !== null && (lastQuoted.paragraph === index || (ownParagraph && lastQuoted.paragraph === index - 1)) && /[.!?…]$/.test(content) && words(content) >= 3;
      // 'Xi Jinping declared a "complete victory"', 'calling it "the most important contribution"': a
      // verb of naming gives even a short quotation a speaker, its subject.
      if (!speakerSpan && !turn && words(content) >= 2 && quoteSentence) {
        const named = namingSpeaker(doc.text.slice(quoteSentence.start, quoteSentence.end), q.start - quoteSentence.start, q.end - quoteSentence.start);
        if (named) speakerSpan = { start: quoteSentence.start + named.start, end: quoteSentence.start + named.end };
      }
      // ('He is confident of lifting the rest out of poverty "if peace and stability in the county can be
      // assured."': speech inside a sentence whose subject is "he" or "she" is that person's.)
      const subject = !speakerSpan && !turn && words(content) >= 8 && quoteSentence && q.start > quoteSentence.start + 3 ? /^(?:He|She)(?= (?!said|says|told)\p{Ll})/u.exec(doc.text.slice(quoteSentence.start, quoteSentence.start + 12)) : null;
      if (subject) speakerSpan = { start: quoteSentence!.start, end: quoteSentence!.start + subject[0].length };
      if (!speakerSpan && (turn || (words(content) < 8 && !goesOn) || (!/[.!?,…]$/.test(content) && !cutShort))) continue;
      const end = content.endsWith(",") ? q.end - 1 : q.end;
      // 'Forces ignored the facts under the pretext of so-called "forced labor," said X': quoted words
      // inside a paraphrase; what X said is the sentence up to them.
      const sentence = after ? quoteSentence : undefined;
      const opening = sentence ? doc.text.slice(sentence.start, q.start - 1) : "";
      if (sentence && speakerSpan && words(opening) >= 3 && !/["“”]/.test(opening)) {
        const start = sentence.start + (DATELINE.exec(opening)?.[0].length ?? 0);
        const speaker = resolveSpeaker(speakerSpan);
        // (The quoted words keep their closing mark, so the span's marks pair.)
        const speakerText = doc.text.slice(speakerSpan.start, speakerSpan.end);
        quotes.push({ start, end: close + markWidth, speaker, speakerText, form: "reported_speech" });
        // (Words of their own in quotation marks, not a scare-quoted term, are their quotation too.)
        // (A quotation closed by its own comma or stop is a sentence run on after the one before, not words inside it.)
        if (words(content) >= PARTIAL_QUOTE_WORDS && !/[,.!?…]$/.test(content)) quotes.push({ start: q.start, end, speaker, speakerText, form: "quotation" });
        paraphrased.push({ start, end: close + markWidth });
        if (speaker !== null) lastQuoted = { paragraph: index, speaker };
        continue;
      }
      // Speech with no reporting clause goes on the quotation just before it, in this paragraph or
      // the one before; else it is in the words of the person the text has just named there; else of
      // the person the next paragraph opens with ("…" / "Wu Xiaomeng, a local resident, ...").
      // (A person named in this paragraph comes before the speaker of the paragraph above.)
      const previous = (from: number) => (lastQuoted !== null && lastQuoted.paragraph >= from ? lastQuoted.speaker : null);
      const next = doc.paragraphs[index + 1];
      // ('“... it's hell,”' over 'said Rahima Mahmut, a Uyghur activist ...': the reporting clause a page set on
      // the next line, its verb first; who speaks is named after it, before anyone named before the quotation.)
      const saidNext = next && q.end >= p.end - 2 ? SAID_OPENING.exec(doc.text.slice(next.start, next.start + 20)) : null;
      const namedNext = saidNext ? resolver.personAt(next!.start + saidNext[0].length) : null;
      const speaker = speakerSpan
        ? resolveSpeaker(speakerSpan)
        : (namedNext ??
          previous(index) ??
          resolver.personBefore(q.start, p.start) ??
          previous(index - 1) ??
          resolver.personBefore(q.start, doc.paragraphs[Math.max(0, index - 1)]!.start) ??
          (next && q.end >= p.end - 2 ? resolver.personAt(next.start) : null));
      // '"Life was hard," he said. "We had water two hours a day."': the words after the reporting clause
      // go on the same quotation, which then runs from its first words to its last.
      // ('"On the mountain I sold two skirts a season," Pan said. "Here the orders come every week."': after a reporting
      // clause that ends its sentence, the next words are a quotation of their own, by the same speaker.)
      const before = quotes[quotes.length - 1];
      const ownSentence = before !== undefined && SENTENCE_ENDS_BETWEEN.test(doc.text.slice(before.end, q.start));
      if (!speakerSpan && before !== undefined && !ownSentence && before.form === "quotation" && before.speaker === speaker && before.start >= p.start && q.start - before.end <= SPLIT_REACH) {
        before.between = { start: before.end, end: q.start };
        before.end = end;
        continue;
      }
      quotes.push({ start: q.start, end, speaker, speakerText: speakerSpan ? doc.text.slice(speakerSpan.start, speakerSpan.end) : null, form: "quotation" });
      // (An epigraph's signature names its speaker only: the next quotation is not theirs by default.)
      if (speaker !== null && epigraph === null) lastQuoted = { paragraph: index, speaker };
    }
    for (const s of sentences) {
      const clauses = clausesOf(doc.text.slice(s.start, s.end));
      for (const clause of clauses) {
        const speakerSpan = { start: s.start + clause.speaker.start, end: s.start + clause.speaker.end };
        const claimed = clause.kind === "according_to" ? accordingToContent(doc.text.slice(s.start, s.end), clause.speaker) : clause.content;
        if (claimed === null) continue;
        const speakerText = doc.text.slice(speakerSpan.start, speakerSpan.end);
        if (passesOnInner(doc.text.slice(s.start, s.end), clause, claimed, clauses)) continue;
        // ("We said", "our survey found": inside a turn, the speaker reporting themselves.)
        if (turn && WRITERS_OWN.test(speakerText)) continue;
        // ("I estimate that about 1.1 million ...": outside any turn, the writer's own voice is the text, no one's quoted words.)
        if (!turn && FIRST_PERSON.test(speakerText)) continue;
        // ("The results showed that ...": a paper stating its own results quotes no one.)
        if (OWN_RESULTS.test(speakerText)) continue;
        // ("Data from the statistics bureau show that ...", "Figures released by X put ...": numbers cited, as "according to data" cites them.)
        if (DATA_SPEAKER.test(speakerText)) continue;
        // "LANZHOU, Jan. 15 (Xinhua) -- Gansu lifted ...", "March 6,2020 -- Another 31 counties ...": the dateline is not what was said.
        const dateline = DATELINE.exec(doc.text.slice(s.start + claimed.start, s.start + claimed.end));
        const content = { start: s.start + claimed.start + (dateline?.[0].length ?? 0), end: s.start + claimed.end };
        let covering = marked.find((q) => overlaps(q, content) && q.end - q.start > (content.end - content.start) / 2);
        // ('X introduced that there are still 88 poor counties, saying "..."': the words before the quotation are reported too.)
        const lead = covering === undefined ? "" : doc.text.slice(content.start, covering.start - 1).replace(/[,;]?\s*(?:saying|adding|noting|stressing|and said|he said|she said)?\s*(?:that)?\s*[:,]?\s*$/, "");
        if (covering !== undefined && covering.start > content.start && words(lead) >= LEAD_WORDS) {
          content.end = content.start + lead.length;
          covering = undefined;
        }
        // ('"The town houses 14,300 people. 'The buildings went up in eighteen months,' said Catherine Moorfield, ..."': a
        // report inside a passage quoted whole, from a paper and no one who spoke it, the clause within the marks too, is
        // its own speaker's words inside the passage. (Inside a person's quotation, what they report is their own words; so in a
        // turn, but for a passage quoted over paragraphs, as a post pastes a story.)
        if (covering !== undefined && (!turn || (goingOn !== undefined && covering.start === p.start)) && covering.start <= speakerSpan.start && speakerSpan.end <= covering.end && (covering.start < content.start || content.end < covering.end) && !quotes.some((q) => q.form === "quotation" && q.speaker !== null && overlaps(q, covering))) {
          quotes.push({ start: content.start, end: content.end, speaker: resolveSpeaker(speakerSpan), speakerText, form: "reported_speech" });
          continue;
        }
        if (covering) {
          // ('..., adding that "relocation is the only option."': a quotation no speaker stood beside is this clause's.)
          if (!quotes.some((q) => overlaps(q, covering)) && words(doc.text.slice(covering.start, covering.end)) >= PARTIAL_QUOTE_WORDS) {
            const end = doc.text[covering.end - 1] === "," ? covering.end - 1 : covering.end;
            quotes.push({ start: covering.start, end, speaker: resolveSpeaker(speakerSpan), speakerText, form: "quotation" });
          }
          continue;
        }
        if (paraphrased.some((q) => overlaps(q, content))) continue;
        // ("Critics contend that ... They also note that ...": "they" goes on the group that spoke just before.)
        const group = lastQuoted !== null && lastQuoted.paragraph >= index - 1 && /^[Tt]hey$/.test(speakerText) && /^\p{Lu}\p{Ll}+s$|^(?:the|some|many|several) /u.test(lastQuoted.speaker) ? lastQuoted.speaker : null;
        const speaker = group ?? resolveSpeaker(speakerSpan);
        // ("Ma Lan: It can be said that ...": the turn's speaker reporting their own words is the turn.)
        if (turn && quotes.some((q) => q.form === "transcript_turn" && q.speaker === speaker && q.start <= content.start && content.end <= q.end)) continue;
        quotes.push({ start: content.start, end: content.end, speaker, speakerText, form: "reported_speech" });
        // ('Bono thinks aid works as long as it is "backed up by the right concepts and strictly monitored"': the
        // speaker's own words quoted inside the paraphrase are their quotation too. Not a term or a name, which
        // is short, counts things or lists doings ("surplus rural labourers", "two assurances and three
        // guarantees", "moving out, staying put and getting better off"), nor what a "so-called" marks.)
        for (const inner of marked) {
          if (inner.start < content.start || inner.end > content.end || quotes.some((q) => q.form === "quotation" && overlaps(q, inner))) continue;
          const quoted = doc.text.slice(inner.start, inner.end);
          if (words(quoted) >= INNER_QUOTE_WORDS && !nameLikeQuote(quoted) && !/so-called\s*["“]?$/i.test(doc.text.slice(Math.max(0, inner.start - 12), inner.start))) {
            quotes.push({ start: inner.start, end: inner.end, speaker, speakerText, form: "quotation" });
          }
        }
        // A quotation with no reporting clause in the next paragraph may go on with these words.
        if (speaker !== null) lastQuoted = { paragraph: index, speaker };
      }
    }
  });
  return runOnAcrossParagraphs(doc.text, insideReports(goOnFromReports(doc.text, carryOn(quotes, carried).sort((a, b) => a.start - b.start || a.end - b.end))));
}

/**
 * 'According to the World Bank, ... growth in China has “lifted more than 800 million people out of
 * poverty.”': words quoted inside a report whose speaker is named, with no clause of their own, are
 * that speaker's (not the page's guest or writer).
 */
function insideReports(quotes: Quote[]): Quote[] {
  return quotes.map((q) => {
    if (q.form !== "quotation" || q.speakerText !== null) return q;
    const report = quotes.find((r) => r.form === "reported_speech" && r.speaker !== null && r.start < q.start && q.end <= r.end);
    return report ? { ...q, speaker: report.speaker, speakerText: report.speakerText } : q;
  });
}

/** A quotation left open at its paragraph's end takes in the paragraphs it runs on through, up to its closing mark. */
function carryOn(quotes: Quote[], carried: readonly TextSpan[]): Quote[] {
  if (carried.length === 0) return quotes;
  // (The quotations those paragraphs gave alone are now part of the one that opened above them.)
  const inside = (q: Quote) => {
    const run = carriedOver(carried, q.start);
    return run !== undefined && q.end <= run.end;
  };
  return quotes.filter((q) => !inside(q)).map((q) => {
    const run = q.form === "quotation" ? carried[firstFrom(carried, q.end)] : undefined;
    return run !== undefined && run.start - q.end <= 3 ? { ...q, end: run.end } : q;
  });
}

/** The run of carried-over words (in order, none overlapping) that holds offset `at`. */
function carriedOver(carried: readonly TextSpan[], at: number): TextSpan | undefined {
  const run = carried[firstFrom(carried, at + 1) - 1];
  return run !== undefined && at < run.end ? run : undefined;
}

/**
 * 'Xinhua reported that 229 enterprises has "resumed production in an orderly manner ..."': a
 * quotation no clause stands beside, going on from the words a report just gave, is that report's.
 */
function goOnFromReports(text: string, quotes: Quote[]): Quote[] {
  return quotes.map((q) => {
    if (q.form !== "quotation" || q.speaker !== null) return q;
    const report = quotes.find((r) => r.form === "reported_speech" && r.speaker !== null && r.end <= q.start && /^ ?["“]$/.test(text.slice(r.end, q.start)));
    return report ? { ...q, speaker: report.speaker, speakerText: report.speakerText } : q;
  });
}

/**
 * '"Losing our jobs ... from the border.' left open at its paragraph's end, and the next paragraph's
 * '"We were determined to reach home ...," Kumar said.': one quotation over both paragraphs, whose
 * speaker the second part names.
 */
function runOnAcrossParagraphs(text: string, quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const open = out[out.length - 1];
    const leftOpen = open !== undefined && open.form === "quotation" && !/["”’]/.test(text[open.end - 1] ?? "") && text.startsWith("\n\n", open.end);
    // ('“China has lifted ...' and '“In the past five years ...' each left open, then '“... by 2020,” he
    // said.': each paragraph of one long quotation opens with a mark and only the last closes. Parts
    // given to two different speakers are two quotations.)
    const oneVoice = open !== undefined && (open.speaker === null || q.speaker === null || open.speaker === q.speaker);
    if (leftOpen && oneVoice && q.form === "quotation" && (q.speaker !== null || open.speaker !== null) && q.start === open.end + 3 && /["“]/.test(text[q.start - 1] ?? "")) {
      out[out.length - 1] = q.speaker !== null ? { ...q, start: open.start } : { ...q, start: open.start, speaker: open.speaker, speakerText: open.speakerText };
      continue;
    }
    out.push(q);
  }
  return out;
}
