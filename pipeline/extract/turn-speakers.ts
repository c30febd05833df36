// A document, its entities and paragraphs in; who speaks each turn out: which inline labels name a
// speaker ("Kaiser Kuo:", "China Daily:"), and who "Q:" and "A:" are (the interviewer is the byline's
// author or a journalist the text names; the one answering, the person it names most often).
import type { NormalizedDocument } from "../normalize/document.ts";
import type { Entities } from "./entities.ts";
import { personKind } from "./person-kind.ts";
import { HONORIFIC_WORD, personNameForm, surnameInCapitals, titleCased } from "../text/name-forms.ts";
import { VOCATIVE, type SpeakerResolver } from "./speakers.ts";
import type { TextSpan } from "../text/spans.ts";
import { clockedLabel, colonLabel, inlineLabel, SPEAKING_ROLE } from "./turn-headers.ts";
import { namesPublisher } from "../normalize/chrome-rules.ts";
import { candidatesFor } from "../gazetteer/gazetteer.ts";
import { GUEST_INTRODUCED } from "./self-introduction.ts";

export interface TurnSpeakers {
  isSpeakerName(label: string): boolean;
  /** The speaker a header's words stand for, in the paragraph at `index` whose turn starts at `content`. */
  resolve(text: string, at: TextSpan, resolver: SpeakerResolver, index: number, content: string): string | null;
  /** Who asks the questions no label sets: the page's writer or journalist, else "interviewer". */
  readonly asker: string;
  /** Who puts a question whose asker would be `asker`: the studio, once a question has called that reporter by name. */
  questioner(question: string, asker: string): string;
}

const HONORIFIC = "(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.? |(?:Director|Deputy Director|Vice Chairman|Vice Chairwoman|Chairman|Chairwoman|Secretary|Comrade|Professor) )?";
const NAME = "([\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}][\\p{L}'’-]+){0,2})";
// "This question goes to Mr. Mamat Tohti", "Mr. Zhao Hongwei, please", "Moderator: Mamat Tohti, please",
// "Mr. Xu Hairong will answer your question", "I'd like to invite Mr. Xu Hairong to take this question".
const HANDOVER = [
  new RegExp(`\\b(?:goes|go|turn(?:s|ed)?|over|pass(?:es)?|give the floor) to ${HONORIFIC}${NAME}`, "u"),
  // ("Let's hear from Mehriban Tohti.")
  new RegExp(`\\b(?:hear|listen to what) (?:from )?${HONORIFIC}${NAME}`, "u"),
  new RegExp(`\\b(?:Mr|Ms|Mrs|Dr|Prof)\\.? ${NAME},? (?:please|go ahead|you have the floor)`, "u"),
  new RegExp(`(?:^|:\\s*)${NAME},? (?:please|go ahead|you have the floor)\\b`, "u"),
  new RegExp(`\\b(?:Mr|Ms|Mrs|Dr|Prof)\\.? ${NAME} (?:will|would|is going to|may) (?:answer|take|respond|address)`, "u"),
  new RegExp(`\\b(?:invite|ask) ${HONORIFIC}${NAME} to (?:take|answer|respond|address)`, "u"),
  // ("Moderator: Please, Memet Tursun.", "Moderator: Aygul Rozi will answer.": the host names who answers, with no title.)
  new RegExp(`(?:^|:\\s*)Please,? ${HONORIFIC}${NAME}\\.?$`, "u"),
  new RegExp(`(?:^|:\\s*)${NAME} (?:will|would|is going to|may) (?:answer|respond)\\b`, "u"),
];
// "I'm with Reuters.", "I'm a reporter from Xinjiang Daily.", "Reporter from China Daily: ...": the questioner's outlet.
// "Reporter from China Daily": a questioner's outlet, before a colon and the question, or alone over it.
const REPORTER_FROM = String.raw`^(?:An? )?(?:Reporter|Journalist|Correspondent) (?:from|with|of) (?:the )?([\p{Lu}][\p{L}'’&-]*(?: [\p{Lu}][\p{L}'’&-]*){0,4})`;
const OWN_OUTLET = [
  /^(?:I'm|I’m|I am|This is)(?: an?(?: \p{Ll}+)? (?:reporter|journalist|correspondent))? (?:with|from|of) (?:the )?([\p{Lu}][\p{L}'’&-]*(?: [\p{Lu}][\p{L}'’&-]*){0,4})/u,
  new RegExp(`${REPORTER_FROM}\\s*:`, "u"),
];
// (Not a question's words up to a title's stop: "Can Ms. Patigul tell us ...?".)
const OUTLET_FIRST = /^(\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,4})(?<!\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|Vol))\. (?=\p{Lu})/u;
// ("Thank you. Reuters. Some herders say ...?": thanks before the outlet.)
const THANKS_FIRST = /^(?:Thank you|Thanks)(?: very much)?[.!,] /;
const NAME_AND_OUTLET = /^(?:(?:Thank you|Thanks|Hi|Hello|Yes)[^.!?]{0,30}[.!] )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}), (?:with |from )?(?:the )?\p{Lu}[\p{L}'’.&-]*(?: [\p{L}'’.&-]+){0,4}\.(?:\s|$)/u;
const NOT_AN_OUTLET = /^(?:Thanks?|Thank You|Yes|No|Hello|Hi|Good|Sorry|Okay|OK|Well|So|Right|Sure|First|Second|Finally|Also)$/;
// ("Reporter from Agence France-Presse (AFP)": the outlet's short name may follow in brackets.)
const REPORTER_FROM_ALONE = new RegExp(`${REPORTER_FROM}(?: \\(\\p{Lu}{2,8}\\))?$`, "u");
// "Embassy Spokesperson:", "Foreign Ministry Spokesman:": a body's voice named by its office alone.
const ROLE_TITLED_LABEL = /^(?:\p{Lu}[\p{L}'’.-]* ){1,3}(?:Spokesperson|Spokesman|Spokeswoman)$/u;
// ("Mr. REYES:": an older transcript's honorific in title case before the surname in capitals.)
// ("DEPUTY ASSISTANT SECRETARY OKAFOR:": the post's rank before it.)
const CAPS_TITLED_LABEL = /^(?:MR|MS|MRS|DR|PROF|Mr|Ms|Mrs|Dr|Prof)\.? (\p{Lu}[\p{Lu}'’-]+)$|^(?:(?:DEPUTY|ASSISTANT|UNDER|ACTING|SPECIAL|SENIOR|PRINCIPAL|EXECUTIVE) ){0,3}(?:PRESIDENT|SECRETARY|CHAIRMAN|CHAIRWOMAN|CHAIR|VICE CHAIR|COCHAIR|CO-CHAIR|COMMISSIONER|REPRESENTATIVE|SENATOR|AMBASSADOR|MINISTER|GOVERNOR|DIRECTOR|SPOKESPERSON|SPOKESMAN) (\p{Lu}[\p{Lu}'’-]+)$/u;
// "Premier Li:", "Minister Wang:", "Spokesperson Hua:": a post and a surname, a speaker at a press conference.
const TITLE_AND_SURNAME = /^(?:Premier|Vice Premier|President|Vice President|Chairman|Chairwoman|Chair|Vice Chair|Cochair|Representative|Minister|Vice Minister|Governor|Mayor|Ambassador|Spokesperson|Spokesman|Spokeswoman|Secretary|Director|Commissioner|Senator|Professor) (\p{Lu}\p{Ll}+)$/u;
// ("Chinagate.cn: China has helped ..." then "Bert Hofman: ...": a site asking its questions in its own interview.)
const SITE_ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:cn|com|org|net|gov|edu)$/iu;
// A label that is a post: "Financial Secretary", "Secretary for Economic Development and Labour", "Director-General".
const POST_LABEL = /^(?:\p{Lu}[\p{L}-]* ){0,4}(?:Secretary|Minister|Director|Director-General|Commissioner|Chairman|Chairwoman|Governor|Mayor|Spokesperson|Spokesman|Spokeswoman|President|Premier)(?: (?:for|of) (?:the )?[\p{Lu}][\p{L} ,&-]{2,80})?$/u;
const POST_LABELS_LOOKED_UP = 24;
const INITIALS_LABEL = /^\p{Lu}{1,3}$/u;
// ("Iím Qiaoyun": the apostrophe may come through as another letter.)
/** "I'm Qiaoyun", "My name is Yongchun": someone saying who they are, the name captured. */
export const SELF_NAMING = String.raw`(?:I\S?m|I am|My name is) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\b`;
const SELF_NAMED = new RegExp(`^${SELF_NAMING}`, "u");
// "Speaker 1", "Speaker 2": a transcriber's voices, numbered where it knew no names.
const NUMBERED_VOICE = /^Speaker \d{1,2}$/;
// "Qiuyan, welcome.", "Welcome to the show, Dr. Ana Ruiz.": a turn that ends by welcoming a guest by name.
const WELCOMED = /(?:^|[.!?] )(?:(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}), welcome(?: to [^.!?]{1,40})?|Welcome(?: to [^.!?,]{1,40})?, (?:(?:Dr|Prof|Mr|Ms)\.? )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}))[.!]\s*$/u;
const BARE_WELCOME = /\bWelcome(?: to the (?:show|programme|program|podcast))?[.!]\s*$/;
const INTRODUCED_AS = /\b(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}) is (?:a|an|the) /u;
const PLAYED = /\b(?:Here['’]s|Here is|Let['’]s hear from|We hear from|Listen to) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}),/u;
// How far into a numbered voice's first turn its speaker says who they are.
const SELF_INTRODUCTION_REACH = 160;
// "Hello, I'm Aoife Brennan, ...", "My name is Gyaltsen Dorje.", "I'm Dr. Lhamo Tso.": a full name said of oneself.
const SELF_INTRODUCED = /\b(?:I\S?m|I am|My name is|my name is) (?:(?:Dr|Prof|Mr|Ms|Mrs)\.? )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})\b/u;
const HONOURED_LABEL = new RegExp(String.raw`^(?:${HONORIFIC_WORD}|${HONORIFIC_WORD.toUpperCase()})\.? (\p{Lu}\p{Ll}[\p{L}'’-]*)$`, "u");
// How many labelled paragraphs make a page a transcript.
const TRANSCRIPT_TURNS = 4;
const CAPS_LABEL = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}$/u;
// Labels in capitals that head a note or a section, never a voice.
const NOT_A_VOICE = /^(?:NOTE|NOTES|UPDATE|CORRECTION|EDITOR'S NOTE|EDITOR’S NOTE|PHOTO|VIDEO|SOURCE|SOURCES|WATCH|READ|READ MORE|RELATED|ADVERTISEMENT|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|COMMENT|DISCLAIMER|TRANSCRIPT|SUMMARY|BACKGROUND|CONTEXT|WARNING|TAGS|TOPICS|SHARE|Q|A)$/u;
const CAPS_TRANSCRIPT_TURNS = 3;
/** A label in capitals that names a voice, not a note or a section. */
const isCapsVoice = (label: string) => CAPS_LABEL.test(label.replace(/^(?:Mr|Ms|Mrs|Dr|Prof)\.? (?=\p{Lu}{2})/u, "")) && !NOT_A_VOICE.test(label);
// The labels a broadcast gives the one who puts the studio's questions.
const INTERPRETER_LABEL = /^(?:UNIDENTIFIED |Unidentified )?(?:INTERPRETER|Interpreter)$/;
const UNTRANSCRIBED_TURN = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}): \((?:Speaking|Speaks|In) [\p{L} ]{2,30}\)\.?$/u;
const STUDIO_ROLES = ["Host", "Anchor", "Presenter", "Moderator"];
const HOST_LINE = /^(?:Host|Moderator|Presided over by|Chaired by)(?: of (?:the )?(?:press conference|briefing|news conference))?\s*:\s*([^\n]{2,200})$/imu;

/** The name that closes the line naming a press conference's host, or null. */
function hostNamed(text: string): string | null {
  const line = HOST_LINE.exec(text)?.[1]?.trim();
  if (line === undefined) return null;
  const words = line.split(" ");
  const tail = [2, 3].map((n) => words.slice(-n)).find((w) => w.length > 1 && personNameForm(w) !== null);
  return tail === undefined ? null : tail.join(" ");
}

const CHAIR_NAMED = /(\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}) \((?:the )?Chair(?:man|woman|person)?\)/u;
// How many paragraphs back a handover names the one who answers.
const HANDOVER_REACH = 3;
const REPORTER_HANDOVER = new RegExp(`\\b(?:from|over to|to|with) (?:our (?:reporter|correspondent) |\\p{Lu}[\\p{L}&]{1,20}['’]s )(${NAME})\\b`, "u");

// ("Wu Qinghua, Party secretary of Shouning county, answered questions from chinadaily.com.cn." over "Q: ..." and "A: ...":
// a line that says who answers the questions below it, and whose questions they are.)
const ANSWERED_QUESTIONS = /^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?:, [^.?!]{2,160}?,)? (?:answered|took|fielded|responded to) (?:\p{Ll}+ ){0,2}questions (?:from|by|of|put by|posed by) (?:the )?(\S(?:[^,.;]|\.(?=\S)){0,60}?\S)(?: (?:about|on|over|during|in|at)\b[^.]{0,120})?\.$/u;

// ("Q&A with workshop manager Tursun Eli (interview by Gulnar Abla)" over "Q: ..." and "A: ...": a heading naming who
// answers, by their post and name, and who asked.)
const INTERVIEW_HEADING = /^(?:Q ?& ?A|Interview|An interview|In conversation) with (?:[\p{Ll}-]+ ){0,5}(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?: \((?:interview(?:ed)? by|by) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})\))?:?$/u;

export function turnSpeakers(doc: NormalizedDocument, entities: Entities, paragraphs: readonly string[]): TurnSpeakers {
  const labelCounts = new Map<string, number>();
  // The last line above each paragraph that says who answers the questions, and who asks them.
  let answering: { answerer: string; asker?: string } | null = null;
  const answeringAbove = paragraphs.map((p) => {
    const here = answering;
    const said = p.includes("questions") ? ANSWERED_QUESTIONS.exec(p.trim()) : null;
    if (said) answering = { answerer: said[1]!, asker: said[2]! };
    const headed = INTERVIEW_HEADING.exec(p.trim());
    if (headed) answering = headed[2] === undefined ? { answerer: headed[1]! } : { answerer: headed[1]!, asker: headed[2] };
    return here;
  });
  // ("Y: I'm Qiaoyun, I am 65." then "C: My name is Yongchun.": a label of initials is whoever its first turn
  // says they are.)
  const selfNamed = new Map<string, string>();
  /** "Mamat Tohti", or the full name of the one person the document names with this part. */
  const fullName = (words: string) => entities.people.find((p) => p.name === words)?.name ?? entities.people.filter((p) => p.name.split(" ").includes(words)).map((p) => p.name)[0] ?? words;
  paragraphs.forEach((p, index) => {
    const inline = inlineLabel(p);
    // (Not "Q" and "A", whose turns are anyone's who asks and the one who answers.)
    const named = inline !== null && INITIALS_LABEL.test(inline) && !/^[QA]$/.test(inline) && !selfNamed.has(inline) ? SELF_NAMED.exec(p.slice(p.indexOf(":") + 1).trimStart()) : null;
    if (named) selfNamed.set(inline!, named[1]!);
    // ("Mark Jones 0:02" over each of his turns: a podcast's transcript sets the name and the clock alone on a line.)
    // ("Villager:" alone over each of the villager's answers: a label that recurs names a voice.)
    const label = inline ?? clockedLabel(p) ?? colonLabel(p);
    if (label !== null) labelCounts.set(label, (labelCounts.get(label) ?? 0) + 1);
    // ("Speaker 2:" over "Thanks, Aoife. My name is Gyaltsen Dorje. ...": a transcriber's numbered voice is whoever
    // its first turn says they are, near its start.)
    if (label !== null && NUMBERED_VOICE.test(label) && !selfNamed.has(label)) {
      const words = (inline !== null ? p.slice(p.indexOf(":") + 1) : paragraphs[index + 1] ?? "").slice(0, SELF_INTRODUCTION_REACH);
      const introduced = SELF_INTRODUCED.exec(words);
      // ("... Qiuyan, welcome." then "Speaker 3 Thanks, Maren.", "Ma Xiaolan is an associate professor ... Welcome.",
      // "Here's Zhao Wenbin, deputy head of ...": or the one the turn before welcomes by name, introduces and welcomes,
      // or plays, as the page names them in full.)
      const before = index > 0 ? paragraphs[index - 1]! : "";
      const welcomed = WELCOMED.exec(before) ?? (BARE_WELCOME.test(before) ? INTRODUCED_AS.exec(before) : null) ?? PLAYED.exec(before);
      const guest = welcomed?.[1] ?? welcomed?.[2];
      if (introduced) selfNamed.set(label, introduced[1]!);
      else if (guest !== undefined) selfNamed.set(label, fullName(guest));
    }
  });
  // ("Kaiser Kuo: Bill Bikales, welcome ..." then "Kaiser: Well, ...": a speaker labelled in full at first
  // and by the first name after; the full label is a speaker's, and the short one stands for it.)
  // (Only where one full label opens with that first name.)
  const fullLabelsOf = new Map<string, string[]>();
  for (const label of labelCounts.keys()) {
    const first = label.split(" ")[0]!;
    if (first !== label && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(label) && labelCounts.has(first)) fullLabelsOf.set(first, [...(fullLabelsOf.get(first) ?? []), label]);
  }
  const fullLabelOf = new Map([...fullLabelsOf].filter(([, full]) => full.length === 1).map(([first, full]) => [first, full[0]!]));
  const fullLabels = new Set(fullLabelOf.values());
  const personWords = new Set(entities.people.flatMap((p) => [p.name, ...p.name.split(" ")]));
  // ("IRINA BUKHARIN: ...", "FENG: ...", "BUKHARIN: ...": a broadcast's transcript labels its speakers in
  // capitals, so where three turns or more do, a surname in capitals used once is a speaker too.)
  const capsTurns = [...labelCounts].filter(([label]) => isCapsVoice(label)).reduce((sum, [, n]) => sum + n, 0);
  const capsTranscript = capsTurns >= CAPS_TRANSCRIPT_TURNS;
  const organisationNames = new Set(entities.organisations.map((o) => o.name));
  // ("Dr. Sangay:", "DR. Sangay:" on a page that names Dr Lobsang Sangay: an honorific and a part of a person's name.)
  const honouredPart = (label: string) => {
    const part = HONOURED_LABEL.exec(label)?.[1];
    return part !== undefined && personWords.has(part);
  };
  const fullNames = entities.people.map((p) => p.name).filter((name) => name.includes(" "));
  // "Jordan: ..." / "Scott: ...": in a conversation where one label is a person the text names, the
  // other one-word labels are the people talking with them.
  const conversation = [...labelCounts.keys()].some((label) => personWords.has(label)) && labelCounts.size >= 2;
  // A page most of whose paragraphs open on a label ("Jingnan: ...", "Dipal Barua: ...") is a transcript,
  // where a name-like label used once is a speaker too.
  const labelled = [...labelCounts.values()].reduce((sum, n) => sum + n, 0);
  const transcript = conversation && labelled >= TRANSCRIPT_TURNS && labelled * 2 >= paragraphs.length;
  // ("Gao Feng: ..." twice, and "China News Service: ...", "CCTV: ...", "Reuters: ..." between: at a briefing,
  // where one label recurs, an outlet asking its question is a speaker, though the text names it once.)
  const briefing = labelCounts.size >= 2 && [...labelCounts.values()].some((n) => n >= 2);
  // (Not "FENG:" where the page names Emily Feng: a surname in capitals is hers.)
  const asksForOutlet = (label: string) => briefing && (namesPublisher(label) || (/^\p{Lu}{2,6}$/u.test(label) && !personWords.has(titleCased(label)) && !personWords.has(label)));
  const byMentions = entities.people.filter((p) => p.mentions.length > 0).sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
  const author = doc.metadata.author?.split("; ")[0] ?? null;
  const journalist = entities.people.find((p) => personKind(p.role) === "journalist")?.name ?? null;
  const interviewer = author ?? journalist;
  // ("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference" over "Q: ... President Trump said ..."
  // "A: ...": the one the headline names answers, however often the questions name others.)
  const titleEnd = doc.titled ? doc.paragraphs[0]?.end ?? 0 : 0;
  const headlined = entities.people.find((p) => p.name !== interviewer && personKind(p.role) !== "journalist" && p.mentions.some((m) => m.end <= titleEnd));
  const interviewee = headlined?.name ?? byMentions.find((p) => p.name !== interviewer && personKind(p.role) !== "journalist")?.name ?? null;
  // Who a line in the few paragraphs above hands the turn to ("Let's hear from X", "more details from HRI's X"), by full name.
  const handedOverAbove = (index: number, patterns: readonly RegExp[], admits: (name: string) => boolean = () => true): string | null => {
    for (let k = index - 1; k >= 0 && k >= index - HANDOVER_REACH; k--) {
      for (const pattern of patterns) {
        const named = pattern.exec(paragraphs[k]!)?.[1];
        if (named !== undefined && admits(named)) return fullName(named);
      }
    }
    return null;
  };
  const holders = new Map<string, string | null>();
  /** The person the text names right after a post the label gives ("the Financial Secretary, Mr Henry Tang"), or null. */
  const holderOfPost = (label: string): string | null => {
    if (!POST_LABEL.test(label)) return null;
    // (Each label is looked for once, and at most a few dozen of them: a pass over the text each.)
    if (!holders.has(label) && holders.size >= POST_LABELS_LOOKED_UP) return null;
    if (!holders.has(label)) {
      // ("the Director of the Provincial Rural Revitalisation Bureau of Qinghai, Mr Han Dongsheng": the body's province may follow the post.)
      const named = new RegExp(`\\b${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?: (?:of|in) \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2})?,? (?:(?:Mr|Ms|Mrs|Dr|Professor)\\.? )?(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2})\\b`, "u").exec(doc.text);
      holders.set(label, named?.[1] ?? null);
    }
    return holders.get(label)!;
  };
  let calledToAnswer: string | null = null;
  // Whether a question has called the page's own reporter by name.
  let studioAsks = false;
  let chair: string | null | undefined;
  let host: string | null | undefined;
  let guest: string | null | undefined;
  // ("Our reporter Lin Xinyue joins us." over "Q1: Xinyue, you spent several days there ...": a question that calls
  // the page's own reporter by name is the studio's, put by the host the page labels, else its anchor or host; and so
  // are the questions after it.)
  const questioner = (question: string, asker: string): string => {
    const called = VOCATIVE.exec(question)?.[1];
    if (called !== undefined && personWords.has(called) && fullName(called) === asker) studioAsks = true;
    if (!studioAsks || asker !== interviewer) return asker;
    return STUDIO_ROLES.find((role) => labelCounts.has(role)) ?? (/\banchor\b/i.test(doc.text) ? "Anchor" : "Host");
  };
  return {
    asker: interviewer ?? "interviewer",
    questioner,
    // ("Minister of ... Han Changfu", "CCTV reporter of ...": a title ending in a person's name, an outlet's reporter.)
    isSpeakerName: (label) =>
      CAPS_TITLED_LABEL.test(label) ||
      (capsTranscript && isCapsVoice(label)) ||
      fullLabels.has(label) || fullLabelOf.has(label) || TITLE_AND_SURNAME.test(label) ||
      (labelCounts.get(label) ?? 0) >= 2 || (conversation && (/^\p{Lu}\p{Ll}+$/u.test(label) || SITE_ADDRESS.test(label)) && labelCounts.has(label)) || (transcript && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(label) && labelCounts.has(label)) || personWords.has(label) || personWords.has(label.split(" ").map(titleCased).join(" ")) || organisationNames.has(label) ||
      fullNames.some((name) => label.endsWith(` ${name}`)) || honouredPart(label) || /^(?:\S+ ){1,3}(?:reporter|journalist|correspondent)\b/.test(label) || ROLE_TITLED_LABEL.test(label) || asksForOutlet(label) ||
      // ("Director of the Provincial Rural Revitalisation Bureau:" where the page named who holds the post.)
      holderOfPost(label) !== null,
    resolve(text, at, resolver, index, content) {
      const introduced = selfNamed.get(text);
      if (introduced !== undefined) return introduced;
      // ("Reporter 3: Li Wen, Phoenix TV. What happens ...?": a briefing's questioners numbered in turn.)
      if (/^(?:Q ?\d{0,2}|Question|QUESTION|Interviewer|Reporter \d{1,2}|REPORTER \d{1,2})$/.test(text)) {
        // ("Q: I'm Martin Keller with Deutsche Welle. ...", "Q: I'm from China Daily. ...": each questioner says who they are.)
        const asking = SELF_NAMED.exec(content);
        if (asking) return asking[1]!;
        // ("QUESTION: Thank you. Hiroshi Tanabe, Kyodo News. ...": or gives their name and outlet, after thanks or not.)
        const signed = NAME_AND_OUTLET.exec(content);
        if (signed && personNameForm(signed[1]!.split(" ")) !== null) return signed[1]!;
        for (const pattern of OWN_OUTLET) {
          const outlet = pattern.exec(content);
          if (outlet) return outlet[1]!;
        }
        // ("QUESTION: Xinhua News Agency. What lessons ...?", "QUESTION: Bloomberg. Is the bank ...?": the outlet said first, alone.)
        const outletFirst = OUTLET_FIRST.exec(content.replace(THANKS_FIRST, ""));
        if (outletFirst && !NOT_AN_OUTLET.test(outletFirst[1]!) && content.includes("?")) return outletFirst[1]!;
        // ("Reporter from China Daily" alone over "Q1: ...": the questioner's outlet on the line above.)
        const above = index > 0 ? REPORTER_FROM_ALONE.exec(paragraphs[index - 1]!) : null;
        if (above) return above[1]!;
        // (A press conference's questioner the page never names is still a reporter, as briefings' own labels call them.)
        return questioner(content, answeringAbove[index]?.asker ?? interviewer ?? "reporter");
      }
      if (/^(?:A ?\d{0,2}|Answer|Interviewee)$/.test(text)) {
        // ("Q1. Wenjing, the series followed families ..." over "A1: People here call ...": the question calls the one answering by name.)
        // (And answers on, to questions that call no one.)
        const called = index > 0 ? VOCATIVE.exec(paragraphs[index - 1]!.replace(/^Q ?\d{0,2}[.:]?\s+/, ""))?.[1] : undefined;
        if (called !== undefined && personWords.has(called)) calledToAnswer = fullName(called);
        if (calledToAnswer !== null) return calledToAnswer;
        // (Not a place an answer sends someone to: "I would suggest they go to Nagqu and talk to the people there.")
        const answerer = answeringAbove[index]?.answerer;
        return handedOverAbove(index, HANDOVER, (name) => personWords.has(name) || candidatesFor(name).length === 0) ?? (answerer === undefined ? null : fullName(answerer)) ?? interviewee;
      }
      // ("Q52 Chair:" where "Members present: Eleanor Pryce (Chair); ...": the member the page names as the chair.)
      // ("We get more details from HRI's Wen Xiaolu in Guiyang." over "Reporter:": the reporter the anchor hands over to.)
      if (/^(?:Reporter|Correspondent|REPORTER|CORRESPONDENT)$/.test(text)) {
        const reporter = handedOverAbove(index, [REPORTER_HANDOVER], (name) => personWords.has(name));
        if (reporter !== null) return reporter;
      }
      if (/^Chair(?:man|woman)?$/.test(text)) {
        // (Looked for once, however many turns the chair takes.)
        chair ??= CHAIR_NAMED.exec(doc.text)?.[1] ?? null;
        if (chair !== null) return chair;
      }
      // ("Host of press conference: Deputy Head of the Publicity Department ... Ma Lianfeng" over "Moderator: ..." turns:
      // the one the page names as its host, the name closing that line.)
      // ("MODERATOR: (In progress) ... I'm Ellen Marsh, the center's director.": or the one who says who they are in a turn so labelled.)
      if (/^(?:Moderator|Host|MODERATOR|HOST)$/.test(text)) {
        // (The page is read for its host once; a turn's own words each time none is found.)
        if (host === undefined) host = hostNamed(doc.text);
        if (host === null) host = SELF_INTRODUCED.exec(content.slice(0, SELF_INTRODUCTION_REACH))?.[1] ?? null;
        if (host !== null) return host;
      }
      // ("JJIKE SHAMA: (Speaking Nuosu)." over "UNIDENTIFIED INTERPRETER: Up there we had three pigs ...": the interpreter
      // gives the words of the one whose turn, in their own language, the page left untranscribed.)
      const interpreted = INTERPRETER_LABEL.test(text) && index > 0 ? UNTRANSCRIBED_TURN.exec(paragraphs[index - 1]!) : null;
      if (interpreted) return interpreted[1]!.split(" ").map((word) => (/\p{Ll}/u.test(word) ? word : titleCased(word))).join(" ");
      // ("[VO]" under "Reporter: Ma Xiaoyan": a package's voice-over is read by its one reporter; by several, the label stays.)
      if (/^(?:VO|V\/O|Voice-?over)$/i.test(text) && author !== null && !doc.metadata.author!.includes(";")) return author;
      // ("[ANCHOR TAG]": the anchor's words closing a package are the anchor's.)
      if (/^Anchor tag$/i.test(text)) return text.split(" ")[0]!;
      // ("Guest:" under "With me in the studio is Aigerim Serikqyzy.": the one the host brings in.)
      if (/^(?:Guest|GUEST)$/.test(text)) {
        guest ??= GUEST_INTRODUCED.exec(doc.text)?.[1] ?? null;
        if (guest !== null) return guest;
      }
      if (SPEAKING_ROLE.test(text) || asksForOutlet(text)) return text;
      // ("... a media session by the Financial Secretary, Mr Henry Tang, ..." over "Financial Secretary: ...": a post
      // the page introduced with the name of who holds it.)
      const holder = holderOfPost(text);
      if (holder !== null) return holder;
      // ("Premier Li:": the full name the page gives the surname, else the label as the page writes it.)
      const titledSurname = TITLE_AND_SURNAME.exec(text);
      if (titledSurname) return fullName(titledSurname[1]!) === titledSurname[1]! ? text : fullName(titledSurname[1]!);
      // ("ZHANG Qingwei": the name as prose writes it.)
      const capitalSurname = surnameInCapitals(text);
      if (capitalSurname !== null) return capitalSurname;
      const full = fullLabelOf.get(text);
      if (full !== undefined) return full;
      // ("MR. MILLS:", "PRESIDENT KIM:": a transcript's honorific or title and surname in capitals; the
      // surname stands for the full name the page gives it, else for itself.)
      const titled = CAPS_TITLED_LABEL.exec(text);
      if (titled) return fullName(titleCased(titled[1] ?? titled[2]!));
      // ("FENG:" after "our reporter Feng Xin": a surname in capitals alone is the person the page named with it.)
      if (/^\p{Lu}{2,}$/u.test(text) && fullName(titleCased(text)) !== titleCased(text)) return fullName(titleCased(text));
      // (Never named in full, "FENG:" in such a transcript is who the label says.)
      if (capsTranscript && /^\p{Lu}{2,}$/u.test(text) && isCapsVoice(text)) return titleCased(text);
      // "YEMEK AMEN" in a script's label is named as prose names people.
      // ("Dipal Barua:" where the text named him "Mr. Barua": the label's fuller name.)
      const found = resolver.resolve(at);
      const labelWords = text.split(" ");
      const resolved = found !== null && labelWords.length > found.split(" ").length && labelWords.includes(found) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(text) ? text : found;
      // (Two words or more: "CCTV:" is an outlet's own name.)
      return resolved !== null && /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+)+$/u.test(resolved) ? resolved.split(" ").map(titleCased).join(" ") : resolved;
    },
  };
}
