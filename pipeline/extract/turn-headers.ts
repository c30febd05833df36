// One paragraph in; when it opens a speaker's turn, who speaks and where the words start, out. Forms:
// a label alone ("Xu Hairong:", "Moderator (Xiong Ying):", "Mary Hill 0:05", "[00:01:23] Jane Roe"),
// a label before the words ("Q: ...", "Kaiser Kuo: Welcome ...", "Reporter: ..."), "Name, role: speech"
// lines, and the header of a forum post ("kashgar_kid", "u/name Mar 10 '20", "Name @handle · 5h").
import { nameRoleLine } from "../normalize/kind.ts";
import { namesPublisher } from "../normalize/chrome-rules.ts";
import { aggregatorCommenter, COMMENT_HEADER, HANDLE_AGE, NUMBERED_POST_HEADER, POSTER_BY_DASH, POSTER_STAMP, SCORED_HANDLE } from "../normalize/segment.ts";
import { MONTH_PATTERN } from "../normalize/dates.ts";
import { NAME_IN_CAPITALS, nameCased, personNameForm, surnameInCapitals } from "../text/name-forms.ts";
import { wordCount } from "../normalize/whitespace.ts";
import { listedLevel } from "../gazetteer/divisions.ts";
import { openingVoice } from "../normalize/run-together-turns.ts";
import { isPictureName } from "../normalize/page-chrome.ts";
import { ASKED_BY, committeeLabel, MEMBER_AND_SEAT, MEMBER_PHOTO, MEMBER_PORTRAIT, MINISTER_AND_NAME, PEER_WITH_PARTY, TITLED_SURNAME_ALONE } from "../normalize/member-labels.ts";

export type HeaderForm = "label" | "inline" | "name_role" | "post" | "name_over_post";

export interface TurnHeader {
  form: HeaderForm;
  /** A form that opens turns only where the document sets it again (a committee's "Name (post)" labels): one alone may be a byline or a caption. */
  recurring?: true;
  /** The speaker's words are who speaks, as written ("Reuters" in "Reuters reporter:"), with nothing to resolve. */
  asWritten?: true;
  /** The speaker's surname is set in capitals ("Mr. HALVORSEN."): where nothing else names them, written as prose writes it. */
  inCapitals?: true;
  /** The turn is the one paragraph under the header (a post embedded in a page), not every paragraph up to the next. */
  oneParagraph?: true;
  /** The speaker's words as written (the name inside "Moderator (Xiong Ying)"), relative to the paragraph. */
  speakerStart: number;
  speakerEnd: number;
  /** Where the turn's own words start in the paragraph, or null when they start on the next paragraph. */
  contentStart: number | null;
}

// A month's day anywhere in what would be a role: "Oct 12", "China, May 20 / DNA /".
const DAY_IN_ROLE = new RegExp(`\\b(?:${MONTH_PATTERN})\\.? \\d{1,2}(?:st|nd|rd|th)?\\b`);
// ("Han Dongfang [Han]": the short name the labels after it use, in brackets.)
const NAME_OVER_TURN = /^(?:(?:Mr|Ms|Mrs|Dr)\.? )?([\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’-]+){1,2})(?: [[(][\p{Lu}][\p{L}'’-]{1,20}[\])])?$/u;
const CAPS_NAME_POST_QUOTE = /^((?:\p{Lu}[\p{Lu}'’-]+ ){1,2}\p{Lu}[\p{Lu}'’-]+),? (?=[^"“]{0,120}\p{Ll})[^"“]{2,120}? ["“](?=\S)/u;
// ("SUN LI SECRETARY, CPC VALLEY COUNTY COMMITTEE "We have ...": a TV script's caption, name and post both in
// capitals, the post opening on a word for one, then the soundbite in quotation marks.)
const CAPTION_POST_WORD = "(?:SECRETARY|DIRECTOR|DEPUTY|VICE|CHAIRMAN|CHAIRWOMAN|CHAIR|PRESIDENT|GOVERNOR|MAYOR|HEAD|CHIEF|MINISTER|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|OFFICIAL|OFFICER|MANAGER|GENERAL MANAGER|OWNER|FOUNDER|HERDSMAN|HERDSWOMAN|CEO|PROFESSOR|RESEARCHER|ECONOMIST|ANALYST|EXPERT|SCHOLAR|VILLAGER|RESIDENT|FARMER|HERDER|WORKER|TEACHER|STUDENT|DOCTOR|NURSE|TECHNICIAN|LEADER|MEMBER|CADRE|VOLUNTEER|EMPLOYEE|FORMER|SENIOR|PARTY)";
const CAPS_NAME_CAPS_POST_QUOTE = new RegExp(String.raw`^((?:(?!${CAPTION_POST_WORD}\b)\p{Lu}[\p{Lu}'’-]+ ){1,2}(?!${CAPTION_POST_WORD}\b)\p{Lu}[\p{Lu}'’-]+),? ${CAPTION_POST_WORD}\b[\p{Lu}\d ,.&'’()/-]{0,120}? ["“](?=\S)`, "u");
// ("XU MANLI BEIJING "When you first got ...": a TV interview's caption, the speaker's name in capitals and the city
// they speak from, then their words.)
const CAPS_NAME_PLACE_QUOTE = /^((?:\p{Lu}[\p{Lu}'’-]+ ){1,2}\p{Lu}[\p{Lu}'’-]+) (\p{Lu}[\p{Lu}'’-]+) ["“](?=\S)/u;
const NAME = "[\\p{Lu}][\\p{L}'’.-]*(?: [\\p{Lu}][\\p{L}'’.-]*){0,4}";
export const CLOCK = "\\d{1,2}:\\d{2}(?::\\d{2})?";
// "Xu Hairong:", "China Daily:", "Moderator (Xiong Ying):", "Mary Hill 0:05", "Mary Hill (0:05)", "[0:05] Mary Hill".
// A post on a line of its own: "NPC deputy, Governor of Hebei Province", "CPPCC member, Professor at ...".
export const POST_LINE = /^(?:[\p{L}-]+ ){0,4}(?:deputy|member|delegate|governor|chairman|chairwoman|secretary|director|mayor|president|minister|head|chief|professor|researcher|villager|farmer|official)\b[^.!?]{0,160}$/iu;
// ("  • Judy Woodruff:" over her indented words: a transcript set as a list, each label an item.)
// ("**Hannah Okoro** (0:24)": a page written in markdown sets the name in bold.)
// ("Speaker 2:": a transcriber's numbered voice, where it knew no name.)
const LABEL_ALONE = new RegExp(`^\\s*(?:[•·] )?(?:\\[?${CLOCK}\\]? )?(?:\\*\\*)?(${NAME}|Speaker \\d{1,2})(?:\\*\\*)?(?: \\(([^()]{2,40})\\))?(?::| \\(?\\[?${CLOCK}\\]?\\)?:?)$`, "u");
// A name and a post, alone on a line that ends on a colon: "Elijan Anayit, Spokesperson of ...:".
const POSTS_THEN_NAME_LABEL = /^\s*(\p{Lu}[^:"“”!?]{10,200}): (?=\S)/u;
const POST_IN_LABEL = /\b(?:[Dd]eputy|[Gg]overnor|[Ss]ecretary|[Dd]irector|[Mm]ayor|[Hh]ead|[Cc]hairman|[Cc]hairwoman|[Mm]inister|[Ss]pokes(?:person|man|woman)|[Pp]resident|[Cc]hief|[Cc]ommissioner|[Mm]ember)\b/;
const REPORTED_SPEECH_VERB = /\b(?:said|says|told|added|explained|recalled|noted|wrote)\b/;
const NAME_POST_ALONE = /^([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2}), [^:"“”]{3,160}:$/u;
// ("LOUISA LIM reporting:": the reporter's name in capitals, then the word for what she does.)
// ("MICHELE NORRIS, host:": an older transcript sets the part in lower case.)
const CAPS_NAME_OVER_TURN = new RegExp(String.raw`^(${NAME_IN_CAPITALS})(?:, [^\p{Ll},][^\p{Ll}]{1,160})?$`, "u");
const CAPS_NAME_ROLE_ALONE = new RegExp(String.raw`^(${NAME_IN_CAPITALS})(?:, (?:\p{Lu}[\p{Lu}-]+)(?: \p{Lu}[\p{Lu}-]+){0,3}|, \p{Ll}[\p{Ll}-]+(?: \p{Ll}[\p{Ll}-]+){0,2}| reporting):$`, "u");
// "ANNA LEE - PRODUCER - THE SHOW: I was about 20.", "MAX STONE - VALLEY REPORTER, 1989: ...": a name in
// capitals, a dash, the part they play (and the show, or the year of an archive clip), then the words.
const CAPS_NAME_CUE = new RegExp(String.raw`^(${NAME_IN_CAPITALS}|\p{Lu}[\p{Lu}'’-]{2,}) \((?:ON CAMERA|ON CAM|OC|O\/C|VOICE ?OVER|VO|V\/O|SOT|NARRATION|STANDUP|STAND-UP)\) (?=\S)`, "u");
const CAPS_NAME_THEN_WORDS = new RegExp(String.raw`^(${NAME_IN_CAPITALS})(?:, [\p{Lu}\d][\p{Lu}\d'’.,&()/ -]{2,160}?)? (?=\p{Lu}\p{Ll}|I\b)`, "u");
const CAPS_NAME_DASH_PART = new RegExp(String.raw`^(${NAME_IN_CAPITALS}) [-–—] \p{Lu}[^:a-z]{1,80}:\s+(?=\S)`, "u");
// ("Dr. MEI-LING ZHOU (Anthropologist, Harlow College; Author, "The Ledger"): Well, ...": a radio transcript's first
// turn of a guest, the name in capitals and who they are in brackets, then the words.)
const CAPS_NAME_DESCRIBED = new RegExp(String.raw`^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?(${NAME_IN_CAPITALS}) \(([^()]{2,200})\):\s+(?=\S)`, "u");
// "Q: ...", "Kaiser Kuo: ...", "Moderator (Xiong Ying): ...": a short label, a colon, then the words.
// ("Xu Guixiang:Good morning": a page that lost the space after the colon; "Q1: ...": a numbered question.)
// ("Q52 Chair: Welcome ...", "Q54 Fiona Lockhart: ...": a committee's record numbers each question before who asks it.)
// ("[News Network] Anchor: ...": a broadcast script's programme in brackets before the label.)
const INLINE = new RegExp(`^(?:\\[?${CLOCK}\\]? |Q\\d{1,4} (?=\\p{Lu}\\p{Ll})|\\[\\p{Lu}[\\p{L} ]{1,30}\\] )?(${NAME}|Q ?\\d{0,2}|A ?\\d{0,2}|(?:Speaker|Reporter|Journalist) \\d{1,2})(?: \\(([^()]{2,100})\\))?(?: \\[?${CLOCK}\\]?)?:(?: (?=\\S)|(?=[\\p{Lu}"“]))`, "u");
// ("Li Na 0:05 Hello and welcome ...", "Mi Chunhua (1:05) Many elders ...": a podcast's transcript with each turn's name and
// clock before its words on one line, no colon.)
const CLOCKED_INLINE = new RegExp(`^(${NAME}) \\(?\\[?${CLOCK}\\]?\\)? (?=[\\p{Lu}"“])`, "u");
// "Researcher: zero is political": who, then a few words in lower case, a live page's entry headline.
const ENTRY_HEADLINE = /^\p{Lu}[\p{L}'’-]{2,}(?: [\p{L}'’-]+){0,2}: \p{Ll}[\p{L}'’-]*(?: [\p{L}\d'’%-]+){0,5}$/u;
// "Reporter, Gansu Daily:", "[10:21] Journalist, China Tibet Online:": the reporter's outlet after a comma, a clock before it or not.
const REPORTER_COMMA_OUTLET = new RegExp(String.raw`^(?:\[?${CLOCK}\]? )?(?:Reporter|Journalist|Correspondent), (\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|and|the)){0,5}):\s*(?=\S)`, "u");
// ("Reuters reporter: ...", "China Youth Daily reporter: ..." at a briefing: the outlet asks its question; the words
// before "reporter" name it. Not "Our reporter:" nor "Staff reporter:", which name no outlet.)
// ("[10:16] Sichuan Daily reporter:": a live text's clock before it; "The Paper reporter:", an outlet named with its article.)
const OUTLET_REPORTER_LABEL = new RegExp(String.raw`^(?:\[?${CLOCK}\]? )?(?!(?:Our|A|An|This|That|Staff|Senior|Chief|Special|Local|Foreign|Field|Another|Freelance|Investigative)\b)(?!The\b(?! \p{Lu}))(\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|and|the)){0,5}) (?:reporter|journalist|correspondent):(?:\s*(?=\S)|\s*$)`, "u");
// ("Reporter from CCTV: ...", "Reporter of Guizhou Daily:" alone over the question, "Reporter from Kyodo News of Japan
// (via video link): ...": a briefing's questioner labelled by the outlet they ask for, its country and a note after it.)
const REPORTER_FROM_LABEL = /^(?:An? |The )?(?:Reporter|Journalist|Correspondent) (?:from|with|of|at) (?:the )?(\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|and)){0,5}?)(?: of (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)?(?: \([^()]{2,80}\))?:(?: (?=\S)|\s*$)/u;
// ("Speaker 2 This is Field Notes China. I'm Maren Holt.": a transcript app's numbered voice before its words, no colon between.)
// ("Speaker 3 (translated) We relocated ...": with a note on how the words were given.)
const NUMBERED_VOICE_OPENING = /^(Speaker \d{1,2})(?: \([^()]{1,30}\))? (?=\p{Lu}|["“])/u;
// ("@DingxiLaoWang: Every township ...", "@甘肃发布 (verified government account) replied: ...": a roundup's comments, each
// under its writer's handle.)
const HANDLE_INLINE = /^@([\p{L}\p{N}_.-]{2,30})(?: \([^()]{2,40}\))?(?: replied)?: (?=\S)/u;
const BRACKETED_INLINE = /^\[([\p{Lu}\d][\p{L}\d'’.&-]*(?: [\p{Lu}&][\p{L}'’.&-]*){0,5})\]:\s*(?=\S)/u;
// "Minister of Agriculture and Rural Affairs Han Changfu: ...", "CCTV reporter of the Central Radio and TV
// Station: ...": a title or an outlet's reporter, with the small words a title holds, before the colon.
const TITLE_WORD = "(?:[\\p{Lu}][\\p{L}'’.-]*|of|and|the|for|on|in|at|from|with|reporter|journalist|correspondent)";
const TITLED_LABEL = new RegExp(`^((?=\\p{Lu})${TITLE_WORD}(?: ${TITLE_WORD}){2,12}): (?=\\S)`, "u");
// Roles that speak in transcripts and broadcasts without a name.
// ("Speaker 2:" once in a transcript: a transcriber's numbered voice speaks however few its turns.)
// ("Reporter 3": a briefing's questioners, numbered as a transcriber's voices are.)
export const SPEAKING_ROLE = /^(?:Q ?\d{0,2}|A ?\d{0,2}|(?:Speaker|Reporter|Journalist) \d{1,2}|Question|Answer|Chair|Chairman|Chairwoman|Anchor|Reporter|Journalist|Host|Co-host|Guest|Presenter|Moderator|Narrator|Interviewer|Interviewee|Correspondent|Commentator|Voice-over|Audience|Caller|Explanation|Narration|Commentary)$/;
const EMBEDDED_POSTER = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}) \(@[\w.]{2,30}\)$/u;
const PRODUCTION_CUE = /^\((?:RECORDING|ARCHIVAL RECORDING|SOUND ?BITE|SOT|VOICE-?OVER|BEGIN (?:VIDEO|AUDIO) CLIP)(?:, [A-Z][A-Z ,]{0,40})?\) (?:(?:REPORTER|CORRESPONDENT|HOST|ANCHOR) )?(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3})(?:, [^:]{1,80})?: /u;
// "[Explanation] On December 3, ...", "[Concurrent] Zhao Chenxin, Secretary-General of ...": a video
// script's voice-over and its soundbites, each marked in brackets.
// ("[Same period] Vice Minister of Commerce Wang Bingnan": a machine's word for a soundbite, the speaker's post before the name.)
// ("00:31 [Caption] Each resident receives ...": a video transcript's on-screen text, after the time it shows.)
// ("【Narration】 In early morning, ...", "[VO]", "[SOT]", "[ANCHOR TAG]": a station's script marks its parts in lenticular
// brackets or in a newsroom's short words.)
// ("[ON CAMERA] Serik Bolat, Party secretary, Kalajun village:": who is seen speaking, named after the mark.)
const BRACKET_LABEL = new RegExp(`^(?:\\[?${CLOCK}\\]? )?[[【](Explanation|Concurrent|Commentary|Narration|Voice-?over|Soundbite|Interview|Anchor|Anchor tag|Host|Reporter|Same period|Synchronous|Caption|On-?screen text|Subtitle|VO|SOT|Stand-?up|On[ -]camera|Narrator)[\\]】]\\s*`, "i");
// ("[Soundbite] Jjike Ashi, villager of Hongxi village: Before we ...", "[Stand-up] Reporter Ma Jiaxin: I am now ...": the
// speaker named on the marked line, their post after a comma, then their words after the colon.)
const NAMED_AFTER_MARK = /^(?:(?:Reporter|Correspondent|Journalist) )?([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){1,3})(?:, [^:"“”]{2,160})?: (?=\S)/u;
// ("SUPER: Ma Zhanlin / Villager, Yuanlong Village": a script's on-screen caption naming who speaks next, and their post;
// the form says it is a name, whatever the name forms know of it.)
const SUPER_CAPTION = /^SUPER: ([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){1,3}) \/ \S[^/]{1,160}$/u;
const CAPTIONED_SPEAKER = /^\[(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?:, (?:translated|interpreted|through (?:an )?interpreter|in [\p{Lu}][\p{Ll}]+|voice-?over))?\] (?=\S)(?!\p{Lu}[\p{L} ]{0,30}:)/u;
const CAPTIONED_SOUND = /^(?:Applause|Music|Laughter|Laughs|Inaudible|Crosstalk|Silence|Cheering|Cheers|Noise|Sound|Video|Audio|Photo|Image|Intro|Outro|Pause|Sighs|Unintelligible|Foreign|Speaking [\p{Lu}][\p{Ll}]+)$/u;
const SPEAKER_CARD = /^\[([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2})(, [^[\]]{2,120})?\]$/u;
const POST_THEN_NAME = /^(?:[\p{Lu}][\p{L}'’-]*|of|the|and|for)(?: (?:[\p{Lu}][\p{L}'’-]*|of|the|and|for)){1,12}$/u;
const BRACKET_SPEAKER = /^([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3})(?:,\s*[^.!?]{1,160})?$/u;
const PHRASE_OPENER = /^(?:For|In|At|On|With|To|By|From|As|After|Before|Since|Like|Unlike|Despite|Under|During|Among|Of|And|But|So|Yet|If|When|While|Although|Though|Because|The|A|An)\b/;
// Labels of page metadata and headings, which are never speakers.
// ("Editor's Note:": the outlet's own word to its readers, a heading, not a person.)
// ("II: Dr Nadia Ferreira, Lecturer ...", "Witnesses: ...": a hearing's panel by its number, and its list of witnesses.)
// ("To: granite_stater" over a reply: the poster it answers, who does not speak in it; "Re: Nagchu herders ...": the
// subject a board's reply repeats.)
// ("Full Coverage:", "Related readings:", "Attribution:": a site's lists of links and a paper's line on how to cite it.)
// ("Job: stonemason", "Place of resettlement: Anshun City": a profile's fields under an oral history's narrator.)
// ("Quote:" over the lines a board's reply quotes: the board's label for them, no one's name.)
export const NOT_SPEAKER = /^(?:(?:Editor|Author|Translator|Publisher)(?:['’]?s|s['’]) Notes?|Note to Editors|Full Coverage|Related (?:readings?|stories|articles|news|links)|Attribution|Citation|Cite this|How to cite|Executive Summary|Key Points|Key Findings|Key Takeaways|Main Findings|File|Source|Sources|Editor|Editors|Author|Authors|Date|Time|Note|Notes|Photo|Photos|Category|Categories|Tags?|Affiliations?|Abstract|Keywords?|Title|Speakers|Venue|Chairperson|Summary|Update|Updated|Related|Recommendations|Disclaimer|Correction|Warning|Background|Location|Address|Tel|Telephone|Email|E-mail|Website|Contact|Contacts|Media contacts?|Press contacts?|References?|Caption|Video|Audio|Transcript|Listen|Watch|Image|Read more|See also|Published|Posted|Views|Share|Subject|Topic|Section|Report|Figure|Table|Part|Chapter|Step|Phase|Example|Result|Results|Conclusion|Introduction|Methods?|Objective|Purpose|Findings|Design\/methodology\/approach|Originality\/value|Measures|Highlights|Story|Storyline|Synopsis|Show notes|Episode notes|Description|Chapters|Timestamps|Shotlist|Shot list|Shows|Dateline|Length|Category|Shooting time|Soundbite|Restrictions|Location|Annotations?|Explanatory Notes?|Remarks|Recently|Meanwhile|However|Currently|Previously|Today|Yesterday|Witnesses|To|Cc|Re|Background Information|(?:Basic|General|Additional|Further) (?:Information|Facts)|Overview|Context|Members present|(?:Commissioners|Members|Senators|Representatives) present|Participants|Panel|II|III|IV|Job|Occupation|Profession|Workplace|Employer|Place of (?:resettlement|birth|origin|residence|work)|Hometown|Home town|Birthplace|Age|Sex|Gender|Ethnicity|Nationality|Education|Marital status|Household size|Income|Comrades|Dear comrades|Dear colleagues|Dear friends|Ladies and gentlemen|Fellow deputies|Fellow delegates|Quote|Quoted|Originally Posted by)$/i;
// "kashgar_kid", "Ayjan.T", "@hvoss_labour" alone; "Hannah Voss @hvoss_labour · 5h"; "u/drdrdr0131 Mar 10 '20".
const LABELLED_CELL_ROW = /^[^|:]{1,60}: \| [^|]{0,200}\|$/;
// ("LaoMa_in_Guiyang (Teacher in Guizhou)": a reader's handle with what they say of themselves, over their comment.)
const HANDLE_LINE = /^@?([\p{L}][\p{L}\p{N}_.-]{2,30})(?: \([^()]{2,40}\))?$/u;
const FEDERATED_HANDLE = /^@?([\p{L}\p{N}][\p{L}\p{N}_.-]{1,30}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3})$/u;
const NAMED_HANDLE_LINE = /^([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}) @[\p{L}\p{N}_]{2,30}(?: · \S{1,12})?$/u;
// "SOUNDBITE 1 (Chinese): YEMEK AMEN, Cotton farmer": a broadcast script's speaker, whose words follow.
// ("3. SOUNDBITE (English) David Blair, vice president, ...:" in a numbered shot list, over the words.)
// ("00.18 SOUNDBITE (Mandarin) Zhao Min, manager, ...:": or the shot's time code, minutes and seconds, before it.)
const SOUNDBITE = /^(\d{1,3}\.\s*|\d{1,2}[.:]\d{2}\s+)?(?:SOUNDBITE|SOUNDBTIE|SOT|BITE)\s*\d{0,2}\s*(?:\([^()]{1,30}\))?\s*:?\s*([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3})(?:,\s*([^:]{1,160}))?:?$/u;

/**
 * "SOUNDBITE (CHINESE) KELSANG DROLKAR, NPC Deputy": the person a soundbite names, as prose writes the
 * name, their role, and where the name stands in the paragraph.
 */
export function soundbiteSpeaker(paragraph: string): { name: string; role: string; at: number } | null {
  const bite = SOUNDBITE.exec(paragraph);
  if (bite === null || bite[3] === undefined || !bite[2]!.includes(" ")) return null;
  const name = bite[2]!;
  return { name: name === name.toUpperCase() ? nameCased(name) : name, role: bite[3].trim(), at: span(paragraph, name, paragraph.search(/\)|:/)).speakerStart };
}
// ("(SOUNDBITE) (Mandarin) HEAD OF THE VILLAGE COMMITTEE, XAGO, SAYING: "...": a video shot list's speaker,
// in capitals after their post, then their words.)
const SHOT_LIST_SAYING = /(?:^|[)\]] |, )(\p{Lu}[\p{Lu}'’.-]{0,30}(?: \p{Lu}[\p{Lu}'’.-]{0,30}){0,3}), SAYING:\s*["“]?/u;

/** The speaker a shot list's "..., NAME, SAYING:" names, as prose writes the name, its role, and where each stands. */
export function shotListSpeaker(paragraph: string): { name: string; role: string | null; at: number; wordsAt: number } | null {
  const said = SHOT_LIST_SAYING.exec(paragraph);
  if (said === null) return null;
  const at = said.index + said[0].indexOf(said[1]!);
  // (The post before the name, back to the last bracket: "HEAD OF THE VILLAGE COMMITTEE".)
  const post = /^,/.test(said[0]) ? /(?:^|[)\]] )([^()[\]]{2,120})$/u.exec(paragraph.slice(0, said.index))?.[1] ?? null : null;
  return { name: nameCased(said[1]!), role: post === null ? null : post.toLowerCase(), at, wordsAt: said.index + said[0].length };
}

function captionMatch(paragraph: string): RegExpExecArray | null {
  const posted = CAPS_NAME_POST_QUOTE.exec(paragraph) ?? CAPS_NAME_CAPS_POST_QUOTE.exec(paragraph);
  if (posted) return posted;
  const placed = CAPS_NAME_PLACE_QUOTE.exec(paragraph);
  return placed && listedLevel(placed[2]!) !== undefined ? placed : null;
}

/** "SUN LI SECRETARY, CPC VALLEY COUNTY COMMITTEE "We ...", "JOHN ROE, villager "...": a TV script's caption, which opens its paragraph: the name as prose writes it, and the post. */
export function captionSpeaker(paragraph: string): { name: string; role: string } | null {
  const caption = captionMatch(paragraph);
  if (caption === null) return null;
  const role = caption[0].slice(caption[1]!.length).replace(/^,? /, "").replace(/\s*["“]$/, "").replace(/,$/, "").trim();
  return { name: nameCased(caption[1]!), role };
}

// The titles a hearing's record sets before a speaker's surname; the surname may be double ("Okafor-Lind").
// ("  Mr. HALVORSEN of Minnesota. Madam Speaker, I move ...", "  The SPEAKER pro tempore. Is there objection?": a
// legislature's printed record sets a member's surname in capitals, with their state where two share it, and an
// officer by office.) Groups: the surname as prose writes it, the surname in capitals, the office.
const RECORD_TURN = /^\s*(?:(?:Chair|Chairman|Chairwoman|Cochair|Co-Chair|Co-chair|Vice Chair|Senator|Representative|Commissioner|Secretary|Ambassador|Mr\.|Ms\.|Mrs\.|Dr\.) ((?:Mc|Mac|O')?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)|(?:Mr|Ms|Mrs|Miss|Dr)\. ((?:Mc|Mac|O'|De|Van )?\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?)(?: of \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})?|The ((?:ACTING )?(?:SPEAKER|PRESIDENT)(?: pro tempore)?|(?:ACTING )?CHAIR(?:MAN|WOMAN)?|PRESIDING OFFICER|CLERK))\. (?=\p{Lu}|["“])/u;
const REDDIT_USER = /^u\/([\w-]{2,30}|\[deleted\])(?:\s+(?:[·•]\s+)?.{0,40})?$/u;

function span(paragraph: string, words: string, from = 0): { speakerStart: number; speakerEnd: number } {
  const at = paragraph.indexOf(words, from);
  return { speakerStart: at, speakerEnd: at + words.length };
}

/** The speaker of a label: the name inside "Moderator (Xiong Ying)", else the label itself. */
// ("Mr. TOM REYES (Professor, Hill College):": a person's name in capitals, then their post in brackets.)
const HONOURED_CAPS_NAME = new RegExp(String.raw`^(?:(?:Mr|Ms|Mrs|Dr)\.? )?(${NAME_IN_CAPITALS})$`, "u");

function speakerOf(paragraph: string, label: string, inParentheses: string | undefined): { speakerStart: number; speakerEnd: number } {
  const named = HONOURED_CAPS_NAME.exec(label);
  if (named) return span(paragraph, named[1]!);
  // ("CCTV News (News Network): ...": a broadcaster's name, its programme's in brackets; the broadcaster speaks.)
  const programme = inParentheses !== undefined && namesPublisher(label.split(" (")[0]!.trim()) && personNameForm(inParentheses.split(" ")) === null;
  // ("Patigul Tohti (Shache county, Kashgar Prefecture; in Uyghur, via interpreter): ...": a person named before the brackets
  // speaks, whatever the brackets say of them.)
  const described = personNameForm(label.split(" ")) !== null && personNameForm(inParentheses?.split(" ") ?? []) === null;
  if (inParentheses !== undefined && /^[\p{Lu}]/u.test(inParentheses) && !/\d/.test(inParentheses) && !programme && !described) return span(paragraph, inParentheses);
  return span(paragraph, label);
}

// ("• micro-blog", "• facebook": a share bar's items, set as a thread's list is.)
const SHARE_ITEM = /^(?:micro-?blog|weibo|wechat|facebook|twitter|linkedin|whatsapp|telegram|reddit|e-?mail|print|share|qzone|qq)\b/i;

const REPLY_TITLE_THEN_HANDLE = /^\d{1,4}\. Re: .{3,200}? (\S{3,31})$/u;

/** The author a post header names, or null when the paragraph is not one. */
function postAuthor(line: string): { speakerStart: number; speakerEnd: number } | null {
  // "• cfgaussian": a comment's author set as an item of the thread's list.
  // ("• ☆ Yσɠƚԋσʂ ☆OP", "• cfgaussianM": stars around an admin's name, and the badges a forum glues on: OP, M, A.)
  const lead = /^(?:[•·*-] )?(?:[☆★] ?)?/u.exec(line)![0];
  const rest = line.slice(lead.length);
  // ("iii": a report's front matter numbers its pages in small roman numerals, a line to themselves.)
  // ("episode-header-image": nor a picture's name left where the picture was.)
  if (SHARE_ITEM.test(rest) || /^[ivx]{1,5}$/.test(rest) || isPictureName(rest)) return null;
  // ("1. Re: Tashkurgan homestays ... worth a night? KashgarOldTownGuide": a travel board's reply, its title then its poster.)
  const reply = REPLY_TITLE_THEN_HANDLE.exec(rest);
  const replier = reply === null ? null : handleOf(reply[1]!);
  if (replier) {
    const at = lead.length + rest.length - reply![1]!.length;
    return { speakerStart: replier.speakerStart + at, speakerEnd: replier.speakerEnd + at };
  }
  const badge = /(?: ?[☆★] ?(?:OP)?| ?OP|(?<=[\p{Ll}\p{N}_])[MA])$/u.exec(rest);
  const found = handleOf(badge ? rest.slice(0, badge.index) : rest);
  return found && { speakerStart: found.speakerStart + lead.length, speakerEnd: found.speakerEnd + lead.length };
}

// A blog's comment header: "2. pug_ster Says:", "Miriam Hale said...", "Ravi K. on July 18, 2020 · at 3:11 pm UTC".
// (Not a board's "Kiwi_Ferret wrote:", which heads an earlier post quoted inside a reply.)
const COMMENTER = "[\\p{L}][\\p{L}\\p{N}_.'’-]{0,30}(?: [\\p{Lu}][\\p{L}\\p{N}_.'’-]{0,30}){0,3}";
const COMMENTER_SAYS = new RegExp(`^(?:\\d{1,4}\\.\\s+)?(${COMMENTER}) (?:[Ss]ays:|said(?:\\.{3}|…))$`, "u");
// ("1 By Tessa Morland": a blog's comments numbered, each over its writer's name.)
const NUMBERED_COMMENTER = new RegExp(`^\\d{1,4} By (${COMMENTER})$`, "u");
// ("Submitted by Zhou Meilan on Wed, 03/07/2018 - 02:31": a site's comments each headed by who submitted it, the weekday,
// the day in figures and the time after a dash.)
const COMMENTER_ON_DAY = new RegExp(`^(?:Submitted by |Posted by |Comment by )?(${COMMENTER}) on ((?:\\p{Lu}\\p{Ll}{2,8}, )?(?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{Lu}\\p{Ll}{2,8}\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})(?: [·•|,-]? ?(?:at )?\\d{1,2}:\\d{2}(?: ?[ap]m)?(?: [A-Z]{2,4})?)?)$`, "u");
const COMMENTER_ALONE = new RegExp(`^${COMMENTER}$`, "u");
const COMMENT_DAY = new RegExp(`^(?:${MONTH_PATTERN})\\.? \\d{1,2}(?:[·•] ?edited (?:${MONTH_PATTERN})\\.? \\d{1,2})?(?:Author)?$`, "u");
// (Not the words of a text: "The minister said..." opens on a word no commenter's name does.)
// (Nor a document's own stamp: "Approved on 9 June 2017", "Adopted on 12 May 2020".)
const NOT_COMMENTER = /^(?:The|He|She|They|It|This|That|We|I|You|One|Officials?|Residents?|Approved|Adopted|Signed|Issued|Endorsed|Revised|Amended|Printed|Released|Published|Updated|Received|Accepted|Dated|Effective|Valid|Entered|Filed)\b/;

function handleOf(paragraph: string): { speakerStart: number; speakerEnd: number } | null {
  const reddit = REDDIT_USER.exec(paragraph);
  if (reddit) return span(paragraph, reddit[1]!, 2);
  const blogComment = COMMENTER_SAYS.exec(paragraph) ?? COMMENTER_ON_DAY.exec(paragraph) ?? NUMBERED_COMMENTER.exec(paragraph);
  if (blogComment && !NOT_COMMENTER.test(blogComment[1]!)) return span(paragraph, blogComment[1]!, blogComment[0].indexOf(blogComment[1]!));
  const scored = COMMENT_HEADER.exec(paragraph);
  if (scored) return span(paragraph, scored[1]!, 3);
  const pointed = SCORED_HANDLE.exec(paragraph) ?? POSTER_STAMP.exec(paragraph) ?? POSTER_BY_DASH.exec(paragraph) ?? NUMBERED_POST_HEADER.exec(paragraph);
  if (pointed) return span(paragraph, pointed[1]!, paragraph.indexOf(pointed[1]!));
  const aged = HANDLE_AGE.exec(paragraph);
  if (aged) return span(paragraph, aged[1]!);
  const commenter = aggregatorCommenter(paragraph);
  if (commenter) return span(paragraph, commenter);
  const named = NAMED_HANDLE_LINE.exec(paragraph);
  if (named) return span(paragraph, named[1]!);
  // "201dberg@lemmygrad.ml": a member of a federated forum, named with their server.
  const federated = FEDERATED_HANDLE.exec(paragraph);
  if (federated) return span(paragraph, federated[1]!);
  const handle = HANDLE_LINE.exec(paragraph);
  // A bare word is a handle only when it could not be an ordinary word: "_", a digit, a dot, lower
  // case, or capitals inside it ("PolandIsAStateOfMind").
  // ("Yσɠƚԋσʂ": letters of two scripts in one word, as no ordinary word is written.)
  // ("Websitewww.shache.gov.cn", "• Rank2nd": an infobox's label run into its web address or its rank, no handle.)
  if (handle && !/www\.|\d(?:st|nd|rd|th)$/.test(handle[1]!) && (/[_\p{N}.]|^\p{Ll}|\p{Ll}\p{Lu}/u.test(handle[1]!) || (/\p{Script=Latin}/u.test(handle[1]!) && /[\p{Script=Greek}\p{Script=Cyrillic}]/u.test(handle[1]!))) && !/\.$/.test(handle[1]!)) return span(paragraph, handle[1]!);
  return null;
}

/**
 * The turn a paragraph opens, or null. `isSpeakerName` says whether an inline label ("Kaiser Kuo:")
 * names someone who speaks (a person, an outlet, a label used for turns elsewhere in the document);
 * role labels ("Q:", "Host:") and "Name, role:" lines need no such check.
 */
export function turnHeader(paragraph: string, isSpeakerName: (label: string) => boolean, next = ""): TurnHeader | null {
  // ("Seat Type: | Capital |": an infobox's row set as a table's, its label and value in cells, is no one's turn.)
  if (LABELLED_CELL_ROW.test(paragraph)) return null;
  // (Before the heading's test: the caption's name and post are in title case too.)
  const superCaption = SUPER_CAPTION.exec(paragraph.trim());
  if (superCaption) return { form: "label", ...span(paragraph, superCaption[1]!), contentStart: null };
  // ("Zhaotong's Microcredit Push: Who Is Actually Borrowing?": a heading and its subtitle, all in title case, no one's turn.)
  const colon = paragraph.indexOf(": ");
  if (colon > 0 && colon <= HEADING_LABEL_LENGTH && TITLE_CASED_SUBTITLE.test(paragraph.slice(colon + 2).trim()) && !SPEAKING_ROLE.test(paragraph.slice(0, colon).trim())) return null;
  // ("LOOKING BACK: 2016-2020", "LOOKING AHEAD: 2021 TARGETS": a list's heading in capitals and the years it covers, no words said.)
  if (colon > 0 && colon <= HEADING_LABEL_LENGTH && !/\p{Ll}/u.test(paragraph) && CAPITALS_HEADING_REST.test(paragraph.slice(colon + 2).trim())) return null;
  // ("(RECORDING) REPORTER ZHAO MING: ...", "(SOUND BITE, KAZAKH, TRANSLATED) SERIK NURLANULY, HOMESTAY OWNER: ...": a radio
  // transcript's cue for what is played, then who speaks in capitals, their post after a comma.)
  // ("Researcher: zero is political", "Xinjiang deputy: incomes tripled": a live page's entry headed by who and a few words in
  // lower case, no sentence; the entry under it reports them, no turn of theirs.)
  if (ENTRY_HEADLINE.test(paragraph.trim())) return null;
  const cued = PRODUCTION_CUE.exec(paragraph);
  if (cued) return { form: "inline", ...span(paragraph, cued[1]!, paragraph.indexOf(")")), contentStart: cued[0].length };
  // ("[10:15] Reporter, Gansu Daily: How much money ...": a reporter's question under the outlet named after the comma.)
  const outletAsked = REPORTER_COMMA_OUTLET.exec(paragraph);
  if (outletAsked) return { form: "inline", asWritten: true, ...span(paragraph, outletAsked[1]!, outletAsked[0].indexOf(",")), contentStart: outletAsked[0].length };
  const bracket = BRACKET_LABEL.exec(paragraph);
  if (bracket) {
    const rest = paragraph.slice(bracket[0].length);
    // ("[SOUNDBITE] (Kazakh) Yerlan Bolat, herder, Aksu Township:": the language spoken and the label's colon are no part of who speaks.)
    const language = /^\([\p{Lu}][\p{L} ,-]{1,40}\)\s*/u.exec(rest)?.[0] ?? "";
    const named = BRACKET_SPEAKER.exec(rest.slice(language.length).replace(/:$/, ""));
    // (A soundbite's speaker over their words; else the voice-over speaking on this line.)
    if (named) return { form: "label", ...span(paragraph, named[1]!, bracket[0].length + language.length), contentStart: null };
    const namedInline = NAMED_AFTER_MARK.exec(rest);
    // (A name the name forms do not know, "Aku Mo'ermo", is a speaker still when a soundbite gives their post.)
    if (namedInline && (personNameForm(namedInline[1]!.split(" ")) !== null || (/^Soundbite$/i.test(bracket[1]!) && namedInline[0].includes(",")))) return { form: "inline", ...span(paragraph, namedInline[1]!, bracket[0].length), contentStart: bracket[0].length + namedInline[0].length };
    const words = rest.trim().split(" ");
    const titled = POST_THEN_NAME.test(rest.trim()) ? [3, 2].map((n) => words.slice(-n)).find((name) => name.length < words.length && personNameForm(name) !== null) : undefined;
    if (titled) return { form: "label", ...span(paragraph, titled.join(" "), bracket[0].length), contentStart: null };
    const opening = Math.max(bracket[0].lastIndexOf("["), bracket[0].lastIndexOf("【")) + 1;
    return { form: rest === "" ? "label" : "inline", speakerStart: opening, speakerEnd: opening + bracket[1]!.length, contentStart: rest === "" ? null : bracket[0].length };
  }
  // ("[Ma Xiaohong, villager, Budai village]" over her words: a video's caption card naming who speaks next.)
  const card = SPEAKER_CARD.exec(paragraph.trim());
  if (card && (personNameForm(card[1]!.split(" ")) !== null || card[2] !== undefined)) return { form: "label", ...span(paragraph, card[1]!), contentStart: null };
  // ("[Ben] Hi everyone, ...", "[Jike Shiha, translated] In 2020, ...": a video's captions naming who speaks, in
  // brackets before the words; a form the page must use more than once, never a sound ("[Applause]"), nor a programme's
  // name before a label ("[News Network] Anchor: ...").)
  const captioned = CAPTIONED_SPEAKER.exec(paragraph);
  if (captioned && !CAPTIONED_SOUND.test(captioned[1]!)) return { form: "inline", recurring: true, ...span(paragraph, captioned[1]!), contentStart: captioned[0].length };
  const bite = SOUNDBITE.exec(paragraph);
  // A numbered soundbite is a turn only over its words in quotation marks; in the list of shots at
  // the top of a script it is an entry of the list.
  if (bite && (bite[1] === undefined || /^["“]/.test(next))) return { form: "label", ...span(paragraph, bite[2]!, paragraph.search(/\)|:/)), contentStart: null };
  // ("ZHANG Qingwei" over "NPC deputy, Governor of Hebei Province" over what he said: a deputies' page sets
  // each speaker's name, then their post, then their words, a paragraph each.)
  const trimmed = paragraph.trim();
  if (trimmed.length <= 40 && surnameInCapitals(trimmed) !== null && POST_LINE.test(next.trim())) return { form: "name_over_post", ...span(paragraph, trimmed), contentStart: null };
  // ("Sun Weide" over "Good morning ladies and gentlemen, ...": a transcript that sets each speaker's name
  // alone on its line, with no colon, over what they said.)
  // ("<v Speaker 1>Hello, and welcome ...": a caption file's voice tag names who speaks the cue.)
  const voice = openingVoice(paragraph);
  if (voice) return { form: "inline", ...span(paragraph, voice.slice(voice.indexOf(" ") + 1, -1)), contentStart: voice.length + /^\s*/.exec(paragraph.slice(voice.length))![0].length };
  const answerer = siteAnswerer(trimmed, next);
  if (answerer !== null) return { form: "label", ...span(paragraph, answerer), contentStart: null };
  const bareName = NAME_OVER_TURN.exec(trimmed);
  // (Not a signature, "Anna Keller" over "Head of the East Asia Division, Alpine Foundation ...": a name over a post and
  // nothing else signs what stands above it.)
  if (bareName && wordCount(next) >= 8 && !NAME_OVER_TURN.test(next.trim()) && !/^Page \d/i.test(next) && !POST_LINE.test(next.trim()) && personNameForm(bareName[1]!.split(" ")) !== null && isSpeakerName(bareName[1]!)) return { form: "label", ...span(paragraph, bareName[1]!), contentStart: null };
  // ("Elijan Anayit, Spokesperson of the Information Office of ...:" alone over the words: a briefing's speaker and post.)
  const withPost = NAME_POST_ALONE.exec(paragraph.trim());
  // (Not "Shama Ayi, a former teacher, said that ... jobs:" over a quotation: a sentence reporting what they said.)
  if (withPost && personNameForm(withPost[1]!.split(" ")) !== null && wordCount(next) >= 8 && !REPORTED_SPEECH_VERB.test(paragraph)) return { form: "label", ...span(paragraph, withPost[1]!), contentStart: null };
  // ("RUND ABDELFATAH, HOST:" alone over what she said: a broadcast transcript's speaker and role, in capitals.)
  const capsWithRole = CAPS_NAME_ROLE_ALONE.exec(paragraph.trim());
  if (capsWithRole) return { form: "label", ...span(paragraph, capsWithRole[1]!), contentStart: null };
  // ("KATE LINDQVIST" or "ZHAO MINGHUI, CONSUL, CONSULATE-GENERAL ..." alone over what they said, no colon: a panel show's
  // transcript names each speaker in capitals, with their post the first time; a form the page must use more than once.)
  const capsOver = CAPS_NAME_OVER_TURN.exec(trimmed);
  if (capsOver && personNameForm(nameCased(capsOver[1]!).split(" ")) !== null && next.trim() !== "") return { form: "label", recurring: true, inCapitals: true, ...span(paragraph, capsOver[1]!), contentStart: null };
  // ("CLAIRE DUTTON (ON CAMERA) GOOD EVENING FROM NAGQU ...", "DUTTON (VOICE OVER) UNDER A PLAN ...": a television script's
  // speaker in capitals and how they are heard, then their words.)
  const cue = CAPS_NAME_CUE.exec(paragraph);
  if (cue) return { form: "inline", inCapitals: true, ...span(paragraph, cue[1]!), contentStart: cue[0].length };
  // ("TSERING DORJE, HERDER We had 200 sheep ...", "PEMA YANGZOM They receive ...": a script's soundbite, the name in capitals
  // and the first time the post, then the words in the case they were spoken; a form the page must use more than once.)
  const spoken = CAPS_NAME_THEN_WORDS.exec(paragraph);
  // (Not a video's caption, "AYNUR TOHTI Deputy Head, ... "We secure ..."": its words are in quotation marks.)
  if (spoken && personNameForm(nameCased(spoken[1]!).split(" ")) !== null && !/["“]/.test(paragraph)) return { form: "inline", recurring: true, inCapitals: true, ...span(paragraph, spoken[1]!), contentStart: spoken[0].length };
  const dashed = CAPS_NAME_DASH_PART.exec(paragraph);
  if (dashed) return { form: "inline", ...span(paragraph, dashed[1]!), contentStart: dashed[0].length };
  // (Not "HONG KONG (Reuters):", a place and an agency: the words in brackets describe a person, with a comma or more than two words.)
  const described = CAPS_NAME_DESCRIBED.exec(paragraph);
  if (described && /[,;]|(?:\S+ ){2}\S/.test(described[2]!) && listedLevel(nameCased(described[1]!)) === undefined) return { form: "inline", ...span(paragraph, described[1]!), contentStart: described[0].length };
  // ("Rosalind Kerr (Harbury North) (Con)", "The Minister for Asia (Graham Ashdown)" alone over the words: a
  // parliament's record names each member with their seat and party, or a minister by post and then name.)
  const member = MEMBER_AND_SEAT.exec(trimmed) ?? MINISTER_AND_NAME.exec(trimmed) ?? MEMBER_PORTRAIT.exec(trimmed) ?? MEMBER_PHOTO.exec(trimmed) ?? PEER_WITH_PARTY.exec(trimmed);
  if (member) return { form: "label", ...span(paragraph, member[1]!, paragraph.lastIndexOf(member[1]!)), contentStart: null };
  const surnamed = wordCount(next) >= 8 ? TITLED_SURNAME_ALONE.exec(trimmed) ?? (/^To ask\b/.test(next.trim()) ? ASKED_BY.exec(trimmed) : null) : null;
  if (surnamed) return { form: "label", ...span(paragraph, surnamed[1] ?? surnamed[2]!), contentStart: null };
  // ("Anna Lindqvist (@alindqvist_dev)" over the post's words: a post embedded in a page, its writer by name and handle;
  // alone on the page, not a committee's witness, whom a printed record names again and again.)
  const embedded = wordCount(next) >= 3 ? EMBEDDED_POSTER.exec(trimmed) : null;
  if (embedded) return { form: "label", oneParagraph: true, ...span(paragraph, embedded[1]!), contentStart: null };
  const witness = wordCount(next) >= 3 ? committeeLabel(paragraph) : null;
  if (witness !== null) return { form: "label", recurring: true, speakerStart: witness.at, speakerEnd: witness.at + witness.name.length, contentStart: null };
  // ("    Chair Brennan. Good morning. This hearing will come to order.": a hearing's printed record, each turn
  // opening on the speaker's title and surname and a stop.)
  const record = RECORD_TURN.exec(paragraph);
  if (record) {
    const speaker = record[1] ?? record[2] ?? record[3]!;
    const written = record[3] !== undefined ? { asWritten: true as const } : record[2] !== undefined ? { inCapitals: true as const } : {};
    return { form: "inline", ...written, ...span(paragraph, speaker, record.index + record[0].indexOf(speaker)), contentStart: record[0].length };
  }
  const alone = LABEL_ALONE.exec(paragraph);
  // ("Episode Theme:" over the show's notes: a label alone names a speaker only as a role, a person or a voice the page knows.)
  if (alone && !NOT_SPEAKER.test(alone[1]!) && (SPEAKING_ROLE.test(alone[1]!) || (isSpeakerName(alone[1]!) && !headsReportedProse(alone[1]!, next)))) return { form: "label", ...speakerOf(paragraph, alone[1]!, alone[2]), contentStart: null };
  // ("KUERMASHI SERJAN NPC Deputy Head, Ili Prefecture "Some anti-China forces ...": a video's caption, the
  // speaker's name in capitals and their post, then their words in quotation marks.)
  const shot = shotListSpeaker(paragraph);
  if (shot) return { form: "name_role", ...span(paragraph, paragraph.slice(shot.at, shot.at + shot.name.length), shot.at), contentStart: shot.wordsAt };
  const caption = captionMatch(paragraph);
  if (caption) return { form: "name_role", ...span(paragraph, caption[1]!), contentStart: caption[0].length };
  const line = nameRoleLine(paragraph);
  // ("Geneva, Oct 12: Lifting ...": a dateline, its place and day, not a speaker and a role.)
  // ("YUNNAN, China, May 20 / DNA / : ...": nor a dateline whose day stands inside what would be the role.)
  // ("For Liu, the following years brought another boost: ...": a phrase a preposition opens names no one.)
  if (line && !NOT_SPEAKER.test(line.name) && !DAY_IN_ROLE.test(line.role) && !PHRASE_OPENER.test(line.name)) return { form: "name_role", ...span(paragraph, line.name, line.at), contentStart: line.wordsAt };
  // ("[Pan Dongsheng]: Thank you. ...", "[21st Century Business Herald]: ...": a ministry's transcript sets each label in brackets.)
  const bracketed = BRACKETED_INLINE.exec(paragraph);
  if (bracketed && !NOT_SPEAKER.test(bracketed[1]!) && (SPEAKING_ROLE.test(bracketed[1]!) || isSpeakerName(bracketed[1]!))) return { form: "inline", ...span(paragraph, bracketed[1]!, 1), contentStart: bracketed[0].length };
  const numbered = NUMBERED_VOICE_OPENING.exec(paragraph);
  if (numbered) return { form: "inline", ...span(paragraph, numbered[1]!), contentStart: numbered[0].length };
  const handleLabel = HANDLE_INLINE.exec(paragraph);
  if (handleLabel) return { form: "inline", asWritten: true, recurring: true, ...span(paragraph, handleLabel[1]!, 1), contentStart: handleLabel[0].length };
  const inline = INLINE.exec(paragraph);
  if (inline && !NOT_SPEAKER.test(inline[1]!) && (SPEAKING_ROLE.test(inline[1]!) || isSpeakerName(inline[1]!))) {
    return { form: "inline", ...speakerOf(paragraph, inline[1]!, inline[2]), contentStart: inline[0].length };
  }
  const clocked = CLOCKED_INLINE.exec(paragraph);
  if (clocked && !NOT_SPEAKER.test(clocked[1]!) && isSpeakerName(clocked[1]!)) return { form: "inline", ...span(paragraph, clocked[1]!), contentStart: clocked[0].length };
  const reporterFrom = REPORTER_FROM_LABEL.exec(paragraph);
  if (reporterFrom) {
    const alone = reporterFrom[0].length >= paragraph.trimEnd().length;
    return { form: alone ? "label" : "inline", asWritten: true, ...span(paragraph, reporterFrom[1]!), contentStart: alone ? null : reporterFrom[0].length };
  }
  const outletReporter = OUTLET_REPORTER_LABEL.exec(paragraph);
  if (outletReporter) {
    // (Alone on its line over the question, or before it.)
    const alone = outletReporter[0].length >= paragraph.trimEnd().length;
    return { form: alone ? "label" : "inline", asWritten: true, ...span(paragraph, outletReporter[1]!), contentStart: alone ? null : outletReporter[0].length };
  }
  const titled = TITLED_LABEL.exec(paragraph);
  if (titled && /\p{Lu}[\p{L}'’.-]*$/u.test(titled[1]!) && isSpeakerName(titled[1]!)) return { form: "inline", ...span(paragraph, titled[1]!), contentStart: titled[0].length };
  // ("NPC deputy and vice governor of Gansu Province Ma Zhenghua: Thank you ...": a deputy's turn under their posts, the name
  // closing the label.)
  const posted = POSTS_THEN_NAME_LABEL.exec(paragraph);
  const postedWords = posted === null || REPORTED_SPEECH_VERB.test(posted[1]!) ? [] : posted[1]!.split(" ");
  const postedName = [3, 2].map((n) => postedWords.slice(-n)).find((name) => postedWords.length - name.length >= 3 && POST_IN_LABEL.test(postedWords.slice(0, -name.length).join(" ")) && personNameForm(name) !== null);
  if (postedName) return { form: "inline", ...span(paragraph, postedName.join(" "), posted![0].indexOf(postedName.join(" "))), contentStart: posted![0].length };
  // ("Marcus Bell" over "Sep 6", "Nadia Osei" over "Sep 6·edited Sep 7Author": a newsletter's comment, its writer's name over
  // the day in the year it was written (and edited), the post's writer marked "Author"; the day's line is no part of the words.)
  // (With no year, as a byline's date line has.)
  if (COMMENT_DAY.test(next.trim()) && COMMENTER_ALONE.test(trimmed) && !NOT_COMMENTER.test(trimmed)) return { form: "name_over_post", ...span(paragraph, trimmed), contentStart: null };
  // ('云南小土豆: "My grandma moved last year. ..."', '扶贫观察员V (860 thousand fans on Weibo): "..."': a roundup of posts,
  // each set after its poster's handle (in Chinese script or with an underscore), a verified mark and a note on the account.)
  const handle = HANDLE_THEN_QUOTE.exec(paragraph);
  if (handle) return { form: "inline", ...span(paragraph, handle[1]!), contentStart: handle[0].length };
  // ("wumeng_laoshan: I moved down in 2017. ...", "Tianyu_Ma: The 96 percent figure ...": a translated thread of replies,
  // each after its poster's handle and a colon; a form the page must use more than once.)
  // ("DongxiangDaughter (东乡女儿): I'm from the next township ...": a translated comment, its poster's handle and the
  // handle in Chinese script; a form the page must use more than once.)
  const native = HANDLE_WITH_NATIVE.exec(paragraph);
  if (native) return { form: "inline", recurring: true, ...span(paragraph, native[1]!), contentStart: native[0].length };
  const handled = HANDLE_LABEL.exec(paragraph);
  if (handled) return { form: "inline", recurring: true, ...span(paragraph, handled[1]!), contentStart: handled[0].length };
  // (Not "3 By province" over "4 Criticism": an encyclopedia's contents, numbered entries one over the other.)
  const author = /^\d/.test(paragraph) && CONTENTS_ENTRY.test(next.trim()) ? null : postAuthor(paragraph);
  return author ? { form: "post", ...author, contentStart: null } : null;
}

// A handle's characters (Chinese script, letters, digits, underscores), Chinese script or an underscore among them; the count follows.
const HANDLE_CHAR = String.raw`(?=[^\s:]*[\u3400-\u9fff_])[\u3400-\u9fff\w]`;
// ("xiaoyuanding2046:": or a handle in small letters that ends on digits.)
const HANDLE_WITH_NATIVE = /^([\p{L}\p{N}_.-]{3,30}) \(\p{Script=Han}[\p{Script=Han}\p{N}_]{0,20}\): (?=\S)/u;
// ("guest_8841: 187 poor households out of 412 ...": a post may open on a figure.)
const HANDLE_LABEL = new RegExp(String.raw`^(${HANDLE_CHAR}{2,30}?|\p{Ll}[\p{Ll}\d]{1,28}\d): (?=\p{Lu}|["“]|\d)`, "u");
const HANDLE_THEN_QUOTE = new RegExp(String.raw`^(${HANDLE_CHAR}{2,24}?)V?(?: \([^()]{2,60}\))?: (?=["“])`, "u");

const CLOCK_ANYWHERE = new RegExp(CLOCK);
const CONTENTS_ENTRY = /^\d{1,2}(?:\.\d{1,2}){0,2} \p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,5}$/u;

// ("Voices:" over '"Roads came first," said Li Zhengguo, ...': a one-word heading over prose that names who it
// quotes; a turn's words are the label's own.)
const QUOTE_THEN_NAMED_SPEAKER = /["”],? (?:said|says|added|recalled|explained) \p{Lu}|["”],? \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} (?:said|says)\b/u;

/** Whether a one-word label alone on its line heads a section of reported prose, not a turn. */
export function headsReportedProse(label: string, next: string): boolean {
  return !label.includes(" ") && QUOTE_THEN_NAMED_SPEAKER.test(next);
}

// "answered Jun 14", "upvoted 2y ago", "Updated March 3, 2021": a question-and-answer site's stamp under an answerer's name.
const STAMP = `(?:Answered|Upvoted|Updated|Written|Originally answered)(?: on)? (?:(?:${MONTH_PATTERN})\\.? \\d{1,2}(?:, \\d{4})?|\\d{1,2} (?:${MONTH_PATTERN})\\.?(?: \\d{4})?|\\d{1,3}[hdwmy] ago|\\d{4}-\\d{2}-\\d{2})$`;
const ANSWER_STAMP = new RegExp(`^${STAMP}`, "i");
const STAMP_AT_END = new RegExp(` ${STAMP}`, "i");
// A name, then credentials in words: "Zhang Minhui Rural sociologist, fieldwork in Yunnan ...".
const CREDENTIALED_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} \p{Lu}[^\n]{3,200}$/u;

/**
 * "Luo Yuchen Grew up in Dafang County, now ..." over "answered Jun 14": a question-and-answer site's answerer, their
 * credentials beside the name, over the day they answered (on the name's line, as a page's paragraphs join them); or null.
 */
export function siteAnswerer(paragraph: string, next: string): string | null {
  const trimmed = paragraph.trim();
  if (!(ANSWER_STAMP.test(next.trim()) || STAMP_AT_END.test(trimmed)) || !CREDENTIALED_NAME.test(trimmed)) return null;
  const words = trimmed.split(" ");
  return [3, 2].map((n) => words.slice(0, n)).find((name) => personNameForm(name) !== null && words.length > name.length)?.join(" ") ?? null;
}

const HEADING_LABEL_LENGTH = 60;
// A few words and years in capitals after a heading's colon.
const CAPITALS_HEADING_REST = /^[\p{Lu}\d][\p{Lu}\d–-]*(?: [\p{Lu}\d][\p{Lu}\d–-]*){0,3}$/u;
// A subtitle of two words or more, each capitalised but the small ones, and nothing after it.
const TITLE_CASED_SUBTITLE = /^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|a|an|the|of|in|on|at|to|for|and|or|by|with|from|is|are))+[?!]?$/u;

/** The label alone on its line over a turn, ending on a colon ("Villager:", "Han:"), or null. */
export function colonLabel(paragraph: string): string | null {
  const alone = LABEL_ALONE.exec(paragraph);
  return alone && paragraph.trimEnd().endsWith(":") && !NOT_SPEAKER.test(alone[1]!) ? alone[1]! : null;
}

/** The name a label alone with a clock sets over a turn ("Mary Hill 0:05", "[0:05] Mary Hill"), or null. */
export function clockedLabel(paragraph: string): string | null {
  const alone = LABEL_ALONE.exec(paragraph);
  return alone && CLOCK_ANYWHERE.test(paragraph) && !NOT_SPEAKER.test(alone[1]!) ? alone[1]! : null;
}

/** The label of an inline turn, for counting how often a document uses it. */
export function inlineLabel(paragraph: string): string | null {
  const numbered = NUMBERED_VOICE_OPENING.exec(paragraph);
  if (numbered) return numbered[1]!;
  const bracketed = BRACKETED_INLINE.exec(paragraph);
  if (bracketed && !NOT_SPEAKER.test(bracketed[1]!)) return bracketed[1]!;
  const clocked = CLOCKED_INLINE.exec(paragraph);
  if (clocked && !NOT_SPEAKER.test(clocked[1]!)) return clocked[1]!;
  const inline = INLINE.exec(paragraph);
  // ("POVERTY FIGHT:Seeking to increase incomes ...": words in capitals glued to what follows are a kicker, not a speaker.)
  const kicker = inline !== null && inline[0].endsWith(":") && /^\p{Lu}+(?: \p{Lu}+)+$/u.test(inline[1]!);
  return inline && !kicker && !NOT_SPEAKER.test(inline[1]!) ? inline[1]! : null;
}
