// A short quotation a verb of naming or declaring sets in a sentence ('Xi Jinping declared a "complete
// victory"', 'calling it "the most important contribution"', 'the United Nations classified it as "one
// of the least suitable areas"') is the words of that verb's subject, though too short to stand alone.
import { subjectOf } from "./speech.ts";
import type { TextSpan } from "../text/spans.ts";

// The verb, and what may stand between it and the quotation ("it as", "this as", "a").
// (After a space: "so-called" names nothing.)
const NAMING = /(?<=^|\s)(?:(declared|called|branded|described|classified|heralded|hailed|termed|dubbed|labell?ed|praised)|(calling|branding|describing|classifying|hailing|terming|dubbing|labell?ing|praising))(?: (?:it|this|that|them|the \w+|China|him|her))?(?: (?:as|a|an|the))?\s*$/;

/** The speaker's words in the sentence (sentence offsets) for a quotation starting at `quoteStart`, or null. */
export function namingSpeaker(sentence: string, quoteStart: number): TextSpan | null {
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
  if (/\b(?:is|are|was|were|be|been|being|often|widely|also|so)$/i.test(head)) return null;
  const that = head.search(/\bthat (?=[^,;]*$)/);
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), that >= 0 ? that + 4 : -1);
  let start = cut + 1;
  while (start < head.length && /\s/.test(head[start]!)) start++;
  const words = head.slice(start);
  // (A phrase, not a clause: a few words that start like a name or a noun phrase.)
  if (words === "" || words.split(" ").length > 10 || !/^(?:the |a |an |\p{Lu})|\s\p{Lu}/u.test(words)) return null;
  return { start, end: head.length };
}
