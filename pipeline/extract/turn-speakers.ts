// A document, its entities and paragraphs in; who speaks each turn out: which inline labels name a
// speaker ("Kaiser Kuo:", "China Daily:"), and who "Q:" and "A:" are (the interviewer is the byline's
// author or a journalist the text names; the one answering, the person it names most often).
import type { NormalizedDocument } from "../normalize/document.ts";
import type { Entities } from "./entities.ts";
import { personKind } from "./person-kind.ts";
import type { SpeakerResolver } from "./speakers.ts";
import type { TextSpan } from "./spans.ts";
import { inlineLabel, SPEAKING_ROLE } from "./turn-headers.ts";

export interface TurnSpeakers {
  isSpeakerName(label: string): boolean;
  /** The speaker a header's words stand for. */
  resolve(text: string, at: TextSpan, resolver: SpeakerResolver): string | null;
}

/** A label that looks like a person's name: two to four capitalised words, none of them a level or body word. */
export type NameTest = (label: string) => boolean;

export function turnSpeakers(doc: NormalizedDocument, entities: Entities, paragraphs: readonly string[], looksLikeName: NameTest = () => false): TurnSpeakers {
  const labelCounts = new Map<string, number>();
  for (const p of paragraphs) {
    const label = inlineLabel(p);
    if (label !== null) labelCounts.set(label, (labelCounts.get(label) ?? 0) + 1);
  }
  const personWords = new Set(entities.people.flatMap((p) => [p.name, ...p.name.split(" ")]));
  const organisationNames = new Set(entities.organisations.map((o) => o.name));
  const byMentions = entities.people.filter((p) => p.mentions.length > 0).sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
  const author = doc.metadata.author?.split("; ")[0] ?? null;
  const journalist = entities.people.find((p) => personKind(p.role) === "journalist")?.name ?? null;
  const interviewer = author ?? journalist;
  const interviewee = byMentions.find((p) => p.name !== interviewer && personKind(p.role) !== "journalist")?.name ?? null;
  return {
    isSpeakerName: (label) => (labelCounts.get(label) ?? 0) >= 2 || personWords.has(label) || organisationNames.has(label) || looksLikeName(label),
    resolve(text, at, resolver) {
      if (/^(?:Q|Question|Interviewer)$/.test(text)) return interviewer;
      if (/^(?:A|Answer|Interviewee)$/.test(text)) return interviewee;
      if (SPEAKING_ROLE.test(text)) return text;
      return resolver.resolve(at);
    },
  };
}
