// A short quotation a verb of naming or declaring sets in a sentence ('Xi Jinping declared a "complete
// victory"', 'calling it "the most important contribution"', 'the United Nations classified it as "one
// of the least suitable areas"') is the words of that verb's subject, though too short to stand alone.
import { subjectOf } from "./speech.ts";
import { personNameForm } from "../text/name-forms.ts";
import type { TextSpan } from "../text/spans.ts";

// The verb, and what may stand between it and the quotation ("it as", "this as", "a").
// (After a space: "so-called" names nothing.)
const NAMING = /(?<=^|\s)(?:(declared|called|branded|described|classified|heralded|hailed|termed|dubbed|labell?ed|praised)|(calling|branding|describing|classifying|hailing|terming|dubbing|labell?ing|praising))(?: (?:it|this|that|them|the \w+|China|him|her))?(?: (?:as|a|an|the))?\s*$/;

/** The speaker's words in the sentence (sentence offsets) for a quotation starting at `quoteStart`, or null. */
// ("... described as 'unmatched in human history' by politicians such as former World Bank President Jim Yong Kim."):
// in the passive, the one who named it follows "by".
const TITLED_NAME_AT_END = /(?:^|\b(?:President|Premier|Minister|Secretary|Director|Chairman|Chairwoman|Governor|Ambassador|Professor|Prof\.?|Dr\.?|Chief|Head|Spokesperson|Spokesman|Spokeswoman|Envoy|Rapporteur|Commissioner) |\b\p{Ll}+ )((?:\p{Lu}[\p{Ll}'’-]+ ){1,3}\p{Lu}[\p{Ll}'’-]+)$/u;
const PASSIVE_AGENT = /^\S?,?\s+by ([^,.;:"“”]{2,120})/u;

/** In the passive, the agent after "by" (sentence offsets): the person's name that closes it, else the whole phrase when it names a body. */
function passiveAgent(sentence: string, quoteEnd: number): TextSpan | null {
  const agent = PASSIVE_AGENT.exec(sentence.slice(quoteEnd, quoteEnd + 140));
  if (!agent) return null;
  const phrase = agent[1]!.trimEnd();
  const start = quoteEnd + agent[0].length - agent[1]!.length;
  const words = phrase.split(" ");
  for (const size of [4, 3, 2]) {
    if (words.length >= size && personNameForm(words.slice(-size)) !== null) {
      const name = words.slice(-size).join(" ");
      return { start: start + phrase.length - name.length, end: start + phrase.length };
    }
  }
  // ("former World Bank President Jim Yong Kim": the capitalised words after a title or a word in lower case.)
  const titled = TITLED_NAME_AT_END.exec(phrase);
  if (titled) return { start: start + phrase.length - titled[1]!.length, end: start + phrase.length };
  return /^(?:the )?\p{Lu}/u.test(phrase) && words.length <= 8 ? { start, end: start + phrase.length } : null;
}

const NAME_BEFORE_APPOSITION = /(?<=^|[,;] )(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}), [^,;]{2,80},$/u;

export function namingSpeaker(sentence: string, quoteStart: number, quoteEnd?: number): TextSpan | null {
  const before = sentence.slice(Math.max(0, quoteStart - 1 - 60), quoteStart - 1);
  const verb = NAMING.exec(before);
  if (!verb) return null;
  const verbAt = quoteStart - 1 - before.length + verb.index;
  // "..., calling it ...": the participle's subject is the sentence's.
  if (verb[2] !== undefined) return subjectOf(sentence);
  // "the United Nations classified it as ...": the words before the verb, back to a clause's start.
  const head = sentence.slice(0, verbAt).trimEnd();
  // ("It was called 'a lie'": in the passive, who named it is elsewhere or nowhere.)
  // ("the so called "mass forced labor"": "so-called" written apart names nothing either.)
  if (/\b(?:is|are|was|were|be|been|being|often|widely|also|so)$/i.test(head)) return quoteEnd === undefined || /\bso$/i.test(head) ? null : passiveAgent(sentence, quoteEnd);
  const that = head.search(/\bthat (?=[^,;]*$)/);
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), that >= 0 ? that + 4 : -1);
  // ("Hanna Lund, Country Director for China, called the program a "...": the name before an apposition set off by commas.)
  const apposed = cut === head.length - 1 && head.endsWith(",") ? NAME_BEFORE_APPOSITION.exec(head) : null;
  if (apposed) return { start: apposed.index, end: apposed.index + apposed[1]!.length };
  let start = cut + 1;
  while (start < head.length && /\s/.test(head[start]!)) start++;
  const words = head.slice(start);
  // (A phrase, not a clause: a few words that start like a name or a noun phrase.)
  if (words === "" || words.split(" ").length > 10 || !/^(?:the |a |an |\p{Lu})|\s\p{Lu}/u.test(words)) return null;
  return { start, end: head.length };
}
